#pragma once
/// @file ReportCsv.h
/// @brief The analysis report as CSV tables for spreadsheets.

#include <string>

#include "state/AnalysisResult.h"

/// @brief One row per class: ids, names, counts and accuracies; with @p b, B's accuracies and
/// the difference too. Then the confused pairs after a blank line. RFC 4180 quoting.
std::string reportCsv(const LoadedDataset& data, const AnalysisResult& a,
                      const AnalysisResult* b = nullptr);
