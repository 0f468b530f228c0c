#include "dataset/Stats.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "util/JsonText.h"

namespace taxa {

std::string withThousands(int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

DatasetStats computeStats(const Dataset& ds, const Taxonomy& tax, SplitCheckReport checks,
                          const std::vector<int64_t>& edges) {
    DatasetStats s;
    s.root = ds.root;
    s.layout = layoutName(ds.layout);
    s.layoutTitle = layoutTitle(ds.layout);
    s.metric = metricName(competitionOf(ds.layout).metricTopK);
    s.derivedSplit = ds.derivedSplit;
    const auto train = ds.classCounts(Split::Train);
    const auto val = ds.classCounts(Split::Val);

    s.supercategories.resize(tax.supercategories().size());
    for (size_t i = 0; i < s.supercategories.size(); ++i)
        s.supercategories[i].name = tax.supercategories()[i];
    for (int32_t c = 0; c < tax.classCount(); ++c) {
        auto& row = s.supercategories[static_cast<size_t>(tax.supercategoryOf(c))];
        ++row.classes;
        row.train += train[static_cast<size_t>(c)];
        row.val += val[static_cast<size_t>(c)];
    }
    s.totals.name = "total";
    for (const auto& row : s.supercategories) {
        s.totals.classes += row.classes;
        s.totals.train += row.train;
        s.totals.val += row.val;
    }
    s.testImages = ds.imageCount(Split::Test);
    for (int r = 0; r < kRankCount; ++r) {
        s.rankCounts[static_cast<size_t>(r)] = tax.countAt(Rank(r));
        s.rankNames[static_cast<size_t>(r)] = tax.rankLabel(Rank(r));
        s.defaultRankNames = s.defaultRankNames && tax.rankLabel(Rank(r)) == rankName(Rank(r));
    }

    if (!train.empty()) {
        std::vector<int64_t> sorted = train;
        std::sort(sorted.begin(), sorted.end());
        s.minTrain = sorted.front();
        s.maxTrain = sorted.back();
        const size_t n = sorted.size();
        s.medianTrain = n % 2 ? static_cast<double>(sorted[n / 2])
                              : (static_cast<double>(sorted[n / 2 - 1]) + sorted[n / 2]) / 2.0;
    }
    for (size_t i = 0; i + 1 < edges.size(); ++i)
        s.buckets.push_back({edges[i], edges[i + 1], 0});
    for (int64_t count : train) {
        const int b = bucketOf(count, edges);
        if (b < 0)
            ++s.outsideBuckets;
        else
            ++s.buckets[static_cast<size_t>(b)].species;
    }
    s.checks = std::move(checks);
    return s;
}

std::string statsToJson(const DatasetStats& s, const Dataset& ds, size_t maxExamples) {
    using nlohmann::json;
    json j;
    j["dataset"] = {
        {"root", s.root}, {"layout", s.layout}, {"title", s.layoutTitle}, {"metric", s.metric}};
    if (s.derivedSplit.active())
        j["dataset"]["derived_split"] = {{"val_fraction", s.derivedSplit.valFraction},
                                         {"seed", s.derivedSplit.seed}};
    json rows = json::array();
    for (const auto& r : s.supercategories)
        rows.push_back(
            {{"name", r.name}, {"classes", r.classes}, {"train", r.train}, {"val", r.val}});
    j["supercategories"] = rows;
    j["totals"] = {{"classes", s.totals.classes},
                   {"train", s.totals.train},
                   {"val", s.totals.val},
                   {"test", s.testImages}};
    json ranks = json::object();
    // Ranks the dataset has, by its names: "level 1" ... "class" for a folder tree.
    for (int r = 1; r < kRankCount; ++r)
        if (s.rankCounts[static_cast<size_t>(r)] > 0 || s.defaultRankNames)
            ranks[s.rankNames[static_cast<size_t>(r)]] = s.rankCounts[static_cast<size_t>(r)];
    j["taxonomy"] = ranks;
    json buckets = json::array();
    for (const auto& b : s.buckets)
        buckets.push_back({{"min", b.lo}, {"max", b.hi - 1}, {"species", b.species}});
    j["long_tail"] = {{"min", s.minTrain},
                      {"median", s.medianTrain},
                      {"max", s.maxTrain},
                      {"buckets", buckets},
                      {"outside_buckets", s.outsideBuckets}};
    json findings = json::array();
    for (const auto& f : s.checks.findings) {
        json cats = json::array(), imgs = json::array();
        for (size_t i = 0; i < f.classes.size() && i < maxExamples; ++i)
            cats.push_back(ds.categories[static_cast<size_t>(f.classes[i])].id);
        for (size_t i = 0; i < f.imageIds.size() && i < maxExamples; ++i)
            imgs.push_back(f.imageIds[i]);
        findings.push_back({{"kind", f.kind},
                            {"severity", f.severity},
                            {"message", f.message},
                            {"count", f.count},
                            {"category_ids", cats},
                            {"image_ids", imgs}});
    }
    j["checks"] = {{"run", s.checks.checksRun}, {"findings", findings}};
    return jsonText(j, 2) + "\n";
}

namespace {

std::string pad(const std::string& s, size_t width, bool right) {
    if (s.size() >= width) return s;
    const std::string fill(width - s.size(), ' ');
    return right ? fill + s : s + fill;
}

std::string formatMedian(double m) {
    char buf[32];
    std::snprintf(buf, sizeof buf, m == static_cast<int64_t>(m) ? "%.0f" : "%.1f", m);
    return buf;
}

}  // namespace

std::string statsToText(const DatasetStats& s) {
    std::string out =
        "Dataset " + s.root + " (" + s.layoutTitle + " layout; metric " + s.metric + ")\n";
    if (s.derivedSplit.active()) {
        char buf[160];
        std::snprintf(
            buf, sizeof buf, "Val drawn from the one folder: %.3g of each class, seed %llu\n",
            s.derivedSplit.valFraction, static_cast<unsigned long long>(s.derivedSplit.seed));
        out += buf;
    }
    out += "\n";
    size_t nameWidth = 14;
    for (const auto& r : s.supercategories)
        nameWidth = std::max(nameWidth, r.name.size());
    auto row = [&](const std::string& a, const std::string& b, const std::string& c,
                   const std::string& d) {
        out += pad(a, nameWidth, false) + "  " + pad(b, 8, true) + "  " + pad(c, 9, true) + "  " +
               pad(d, 8, true) + "\n";
    };
    row("supercategory", "classes", "train", "val");
    for (const auto& r : s.supercategories)
        row(r.name, withThousands(r.classes), withThousands(r.train), withThousands(r.val));
    row("total", withThousands(s.totals.classes), withThousands(s.totals.train),
        withThousands(s.totals.val));
    out += "\nTest images: " + withThousands(s.testImages) + "\n";
    static const char* plurals[kRankCount] = {"",       "kingdoms", "phyla",  "classes",
                                              "orders", "families", "genera", "species"};
    out += "Taxonomy:";
    bool first = true;
    for (int r = 1; r < kRankCount; ++r) {
        const auto n = s.rankCounts[static_cast<size_t>(r)];
        if (n == 0) continue;  // a rank the dataset does not have
        out += std::string(first ? " " : ", ");
        first = false;
        out += s.defaultRankNames ? withThousands(n) + " " + plurals[r]
                                  : s.rankNames[static_cast<size_t>(r)] + " " + withThousands(n);
    }
    out += "\n\nTrain images per species: min " + withThousands(s.minTrain) + ", median " +
           formatMedian(s.medianTrain) + ", max " + withThousands(s.maxTrain) + "\n";
    out += "Species per training-count bucket:\n";
    for (const auto& b : s.buckets) {
        out += "  " + pad(withThousands(b.lo) + "-" + withThousands(b.hi - 1), 10, false) +
               pad(withThousands(b.species), 7, true) + "\n";
    }
    if (s.outsideBuckets > 0)
        out +=
            "  " + pad("outside", 10, false) + pad(withThousands(s.outsideBuckets), 7, true) + "\n";

    out += "\nSplit checks (";
    for (size_t i = 0; i < s.checks.checksRun.size(); ++i)
        out += (i ? ", " : "") + s.checks.checksRun[i];
    out += "): ";
    if (s.checks.findings.empty()) {
        out += "all passed\n";
    } else {
        out += std::to_string(s.checks.findings.size()) + " findings\n";
        for (const auto& f : s.checks.findings)
            out += "  " + f.severity + " [" + f.kind + "] " + f.message + "\n";
    }
    return out;
}

}  // namespace taxa
