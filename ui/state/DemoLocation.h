#pragma once
/// @file DemoLocation.h
/// @brief Where the embedded demo dataset lives for this user.

#include <QString>

/// @brief The demo folder in the user's data location (~/.local/share/taxa-workbench/demo).
QString demoDatasetFolder();
