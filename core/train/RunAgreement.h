#pragma once
/// @file RunAgreement.h
/// @brief Before the first step, the ranks of a data-parallel run check that they train the
/// same thing: the recipe and the dataset's shape (classes, images per split). Ranks that
/// differ would otherwise meet in a collective with tensors of different sizes, where Gloo
/// aborts the process or waits forever.

#include <nlohmann/json.hpp>
#include <string>

namespace taxa {

class Collective;

/// @brief The first field where @p a (of @p aName) and @p b differ, as "/dataset/classes is 12
/// on rank 1, 14 on rank 0"; "" when they are equal.
std::string firstDifference(const nlohmann::json& a, const std::string& aName,
                            const nlohmann::json& b, const std::string& bName);

/// @brief Compares every rank's @p fingerprint with rank 0's through the store. Throws
/// taxa::Error on every rank when any rank differs, naming that rank and the first difference.
void agreeOnTheRun(Collective& comm, const nlohmann::json& fingerprint);

}  // namespace taxa
