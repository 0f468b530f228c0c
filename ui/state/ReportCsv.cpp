#include "state/ReportCsv.h"

#include <cstdio>

namespace {

std::string quoted(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", x);
    return buf;
}

}  // namespace

std::string reportCsv(const LoadedDataset& data, const AnalysisResult& a, const AnalysisResult* b) {
    const taxa::Dataset& ds = data.dataset;
    const taxa::Taxonomy& tax = data.taxonomy;
    std::string out =
        "class_index,category_id,species,supercategory,train_images,val_images,top1_correct,"
        "top3_correct,top1_accuracy,top3_accuracy";
    if (b) out += ",top1_accuracy_b,top3_accuracy_b,top1_delta";
    out += '\n';
    for (size_t c = 0; c < a.report.perClass.size(); ++c) {
        const taxa::ClassResult& r = a.report.perClass[c];
        const auto& cat = ds.categories[c];
        out += std::to_string(c) + ',' + std::to_string(cat.id) + ',' + quoted(cat.name) + ',' +
               quoted(tax.supercategories()[static_cast<size_t>(
                   tax.supercategoryOf(static_cast<int32_t>(c)))]) +
               ',' + std::to_string(data.trainCounts[c]) + ',' + std::to_string(r.images) + ',' +
               std::to_string(r.top1) + ',' + std::to_string(r.top3) + ',' + number(r.accuracy()) +
               ',' + number(r.accuracy3());
        if (b) {
            const taxa::ClassResult& rb = b->report.perClass[c];
            out += ',' + number(rb.accuracy()) + ',' + number(rb.accuracy3()) + ',' +
                   number(rb.accuracy() - r.accuracy());
        }
        out += '\n';
    }
    out += "\nspecies_a,species_b,a_as_b,b_as_a,total\n";
    for (const taxa::ConfusedPair& p : a.report.confusedPairs)
        out += quoted(ds.categories[static_cast<size_t>(p.a)].name) + ',' +
               quoted(ds.categories[static_cast<size_t>(p.b)].name) + ',' + std::to_string(p.aAsB) +
               ',' + std::to_string(p.bAsA) + ',' + std::to_string(p.total()) + '\n';
    return out;
}
