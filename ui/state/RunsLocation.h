#pragma once
/// @file RunsLocation.h
/// @brief Where the GUI keeps training runs for this user.

#include <QString>

/// @brief The runs folder in the user's data location (~/.local/share/taxa-workbench/runs).
QString runsFolder();
/// @brief A new, not yet existing run folder under runsFolder(), named by the current time
/// (e.g. runs/2026-11-29_14-03-12), with a suffix if that name is taken.
QString newRunFolder();
