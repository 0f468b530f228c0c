#include "train/RunAgreement.h"

#include "train/Collective.h"
#include "util/Error.h"
#include "util/JsonText.h"

namespace taxa {

std::string firstDifference(const nlohmann::json& a, const std::string& aName,
                            const nlohmann::json& b, const std::string& bName) {
    const nlohmann::json fa = a.flatten(), fb = b.flatten();
    const auto say = [&](const std::string& field, const std::string& x, const std::string& y) {
        return field + " is " + x + " on " + aName + ", " + y + " on " + bName;
    };
    for (const auto& [field, value] : fa.items()) {
        const auto other = fb.find(field);
        if (other == fb.end()) return say(field, jsonText(value), "absent");
        if (*other != value) return say(field, jsonText(value), jsonText(*other));
    }
    for (const auto& [field, value] : fb.items())
        if (!fa.contains(field)) return say(field, "absent", jsonText(value));
    return "";
}

void agreeOnTheRun(Collective& comm, const nlohmann::json& fingerprint) {
    // Each rank compares itself with rank 0; rank 0 hears every verdict and announces the first
    // difference, so that every rank stops with the same line instead of at a later collective.
    const std::string zero = comm.fromRankZero("agree/fingerprint", jsonText(fingerprint));
    std::string mine;
    if (comm.rank() != 0)
        mine = firstDifference(fingerprint, "rank " + std::to_string(comm.rank()),
                               nlohmann::json::parse(zero), "rank 0");
    std::string first;
    for (const std::string& verdict : comm.gatherText("agree/verdict", mine))
        if (first.empty()) first = verdict;
    first = comm.fromRankZero("agree/first", first);
    comm.gatherText("agree/heard", "");  // rank 0 keeps the store up until all have read it
    if (!first.empty())
        throw Error("the ranks of the run differ: " + first +
                    " (every rank needs the same dataset and recipe)");
}

}  // namespace taxa
