#pragma once
// ctgrad's configuration: version numbers. Every ctgrad macro is defined here and starts with CTGRAD_.

#define CTGRAD_VERSION_MAJOR 0
#define CTGRAD_VERSION_MINOR 1
#define CTGRAD_VERSION_PATCH 0
