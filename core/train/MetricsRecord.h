#pragma once
/// @file MetricsRecord.h
/// @brief The lines of a run's metrics.jsonl: one JSON object each, `{"type":"step",...}` for
/// every 10th step and `{"type":"epoch",...}` for every epoch, keys in snake_case. The one
/// mapping between them and StepMetrics / EpochMetrics, used by the trainer that writes them
/// and by every reader (the CLI, the GUI, a resume cutting the file back).

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "train/TrainTypes.h"

namespace taxa {

/// @brief The record of a step; stageName and batches are not logged.
nlohmann::json toJson(const StepMetrics& m);
/// @brief The record of an epoch; totalEpochs is not logged (config.json has it).
nlohmann::json toJson(const EpochMetrics& m);

/// @brief A record read back. A missing or mistyped field keeps the struct's default, as a
/// line from an older version, or from a hand-edited file, should still be drawn.
StepMetrics stepFromJson(const nlohmann::json& record);
EpochMetrics epochFromJson(const nlohmann::json& record);

/// @brief One line of metrics.jsonl, parsed.
using MetricsRecord = std::variant<StepMetrics, EpochMetrics>;

/// @brief The text of a record as a line of metrics.jsonl, without the newline.
std::string metricsLine(const nlohmann::json& record);
/// @brief The record of @p line; none for a line that is not JSON (a kill cut it short), not
/// an object, or of another type.
std::optional<MetricsRecord> parseMetricsLine(std::string_view line);

}  // namespace taxa
