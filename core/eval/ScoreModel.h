#pragma once
/// @file ScoreModel.h
/// @brief The full class distribution that a top-k row of scores stands for, and what is
/// measured on it: hardness, mistakenness (as FiftyOne defines them) and temperature scaling.
///
/// A top-k store keeps the k most probable classes and their softmax scores. The assumption
/// used throughout: the rest of the probability mass, 1 - (sum of the k scores), is spread
/// evenly over the C - k classes outside the top k. Each of those then gets at most the k-th
/// score (the k-th is the largest of the rest), so the model never reorders the top k. An even
/// tail has the largest entropy any tail with that mass can have, so hardness computed under
/// it is an upper bound on the true hardness; it is exact when k = C.

#include <cstdint>

#include "eval/Predictions.h"

namespace taxa {

/// @brief True if the row carries scores (a top-k store; a Kaggle CSV has none).
bool hasScores(const Prediction& p);

/// @brief Probability mass outside the top k: 1 - sum of the scores, at least 0. Rows whose
/// scores sum past 1 (float rounding) have an empty tail; with k = C it is 0 by definition.
double tailMass(const Prediction& p, int32_t classCount);

/// @brief Probability of each class outside the top k (the tail spread evenly), or 0.
double tailProbability(const Prediction& p, int32_t classCount);

/// @brief Probability of class @p c: its score when in the top k, else tailProbability().
double probabilityOf(const Prediction& p, int32_t c, int32_t classCount);

/// @brief Hardness: the entropy (natural log, nats) of the full distribution, as FiftyOne's
/// compute_hardness takes entropy(softmax(logits)). 0 for a certain prediction, ln C at most.
double hardness(const Prediction& p, int32_t classCount);

/// @brief Mistakenness of label @p truth, FiftyOne's formula for classifications from logits:
/// (m * exp(-H) + 1) / 2 with m = -1 if the top-1 class equals the label and +1 otherwise, H
/// the hardness. Near 1: confidently predicted something else (a likely label error); near 0:
/// confidently agreed; 0.5: no confidence either way.
double mistakenness(const Prediction& p, int32_t truth, int32_t classCount);
/// @brief The same from whether top-1 is right and the hardness, when that is at hand.
double mistakenness(bool correct, double hardness);

/// @brief The row after temperature scaling by @p temperature (> 0): softmax(z / T), computed
/// from probabilities as p_i^(1/T) renormalised over all C classes, the tail's C - k classes
/// each at tailProbability()^(1/T). Same classes in the same order, new scores; the tail of
/// the result is again the rest of the mass, spread evenly.
Prediction withTemperature(const Prediction& p, double temperature, int32_t classCount);

}  // namespace taxa
