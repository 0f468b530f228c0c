#include "embed/NearDuplicateReport.h"
#include "util/JsonText.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace taxa::embed {

namespace {

const ImageRecord& imageOf(const NearDuplicateReport& r, const Dataset& ds, uint32_t row) {
    return ds.images[size_t(r.images[row])];
}

std::string describe(const NearDuplicateReport& r, const Dataset& ds, const NearDuplicate& p) {
    const ImageRecord &a = imageOf(r, ds, p.rowA), &b = imageOf(r, ds, p.rowB);
    char sim[32];
    std::snprintf(sim, sizeof sim, "%.4f", double(p.similarity));
    return std::string(splitName(a.split)) + " " + std::string(ds.fileName(a)) + " ~ " +
           splitName(b.split) + " " + std::string(ds.fileName(b)) + " (cosine " + sim + ")";
}

}  // namespace

std::vector<Finding> nearDuplicateFindings(const NearDuplicateReport& r, const Dataset& ds) {
    if (r.pairs.empty()) return {};
    Finding f{"near-duplicates", "warning", {}, int64_t(r.pairs.size()), {}, {}};
    for (const NearDuplicate& p : r.pairs) {
        f.imageIds.push_back(imageOf(r, ds, p.rowA).id);
        f.imageIds.push_back(imageOf(r, ds, p.rowB).id);
    }
    char threshold[32];
    std::snprintf(threshold, sizeof threshold, "%.3g", r.threshold);
    f.message =
        std::to_string(r.pairs.size()) +
        " pairs of images in different splits look alike to the model (cosine >= " + threshold +
        "), e.g. " + describe(r, ds, r.pairs.front());
    return {f};
}

std::string nearDuplicatesJson(const NearDuplicateReport& r, const Dataset& ds) {
    nlohmann::json pairs = nlohmann::json::array();
    for (const NearDuplicate& p : r.pairs) {
        const ImageRecord &a = imageOf(r, ds, p.rowA), &b = imageOf(r, ds, p.rowB);
        pairs.push_back({{"a", a.id},
                         {"a_split", splitName(a.split)},
                         {"a_file", std::string(ds.fileName(a))},
                         {"b", b.id},
                         {"b_split", splitName(b.split)},
                         {"b_file", std::string(ds.fileName(b))},
                         {"similarity", double(p.similarity)}});
    }
    const nlohmann::json j = {
        {"features", r.features}, {"threshold", r.threshold}, {"pairs", pairs}};
    return jsonText(j);
}

std::string nearDuplicatesText(const NearDuplicateReport& r, const Dataset& ds, size_t maxPairs) {
    char head[160];
    std::snprintf(head, sizeof head,
                  "\nNear-duplicates across splits by features (cosine >= %.3g): %zu pairs\n",
                  r.threshold, r.pairs.size());
    std::string out = head;
    for (size_t i = 0; i < r.pairs.size() && i < maxPairs; ++i)
        out += "  " + describe(r, ds, r.pairs[i]) + "\n";
    if (r.pairs.size() > maxPairs) out += "  ... (--json lists every pair)\n";
    return out;
}

}  // namespace taxa::embed
