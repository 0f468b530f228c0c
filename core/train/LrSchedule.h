#pragma once
/// @file LrSchedule.h
/// @brief Learning rate within a stage: linear warm-up, then cosine decay, step decay or
/// constant.

#include <string>

namespace taxa {

/// @brief The learning rate at @p progress epochs into a stage of @p epochs epochs (fractional:
/// 2.5 = half way through the third epoch).
double learningRate(const std::string& schedule, double peak, double progress, int epochs,
                    double warmupEpochs, int stepEpochs, double stepGamma);

}  // namespace taxa
