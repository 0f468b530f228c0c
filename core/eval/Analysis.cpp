#include "eval/Analysis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "dataset/Buckets.h"
#include "dataset/Layouts.h"
#include "util/JsonText.h"

namespace taxa {

const char* agreeRankName(AgreeRank r) {
    static const char* names[kAgreeRanks] = {"genus",  "family",  "order", "class",
                                             "phylum", "kingdom", "none"};
    return names[static_cast<int>(r)];
}

namespace {

// Ancestors of each species at genus..kingdom, so an error's rank is 6 integer compares.
std::vector<std::array<int32_t, 6>> ancestorTable(const Taxonomy& tax) {
    std::vector<std::array<int32_t, 6>> out(static_cast<size_t>(tax.classCount()));
    const Rank ranks[6] = {Rank::Genus, Rank::Family, Rank::Order,
                           Rank::Class, Rank::Phylum, Rank::Kingdom};
    for (int32_t c = 0; c < tax.classCount(); ++c)
        for (int r = 0; r < 6; ++r)
            out[size_t(c)][size_t(r)] = tax.ancestor(tax.speciesNode(c), ranks[r]);
    return out;
}

GroupResult finishGroup(std::string name, const std::vector<int32_t>& classes,
                        const std::vector<ClassResult>& per) {
    GroupResult g;
    g.name = std::move(name);
    double sum = 0;
    int64_t correct = 0;
    for (int32_t c : classes) {
        const ClassResult& r = per[size_t(c)];
        if (!r.images) continue;
        ++g.classes;
        g.images += r.images;
        correct += r.top1;
        sum += r.accuracy();
    }
    g.meanClassAccuracy = g.classes ? sum / g.classes : 0;
    g.imageAccuracy = g.images ? double(correct) / g.images : 0;
    return g;
}

// The per-class table: every class with val images or top-1 guesses, in class order.
nlohmann::json classesJson(const AnalysisReport& r, const Dataset& ds, const Taxonomy& tax) {
    nlohmann::json out = nlohmann::json::array();
    for (size_t c = 0; c < r.perClass.size(); ++c) {
        const ClassResult& cr = r.perClass[c];
        if (!cr.images && !cr.predicted) continue;
        out.push_back(
            {{"id", ds.categories[c].id},
             {"name", ds.categories[c].name},
             {"supercategory",
              tax.supercategories()[size_t(tax.supercategoryOf(static_cast<int32_t>(c)))]},
             {"images", cr.images},
             {"predicted", cr.predicted},
             {"correct", cr.top1},
             {"precision", cr.precision()},
             {"recall", cr.recall()},
             {"f1", cr.f1()},
             {"top3_accuracy", cr.accuracy3()}});
        if (!r.classAveragePrecision.empty())
            out.back()["average_precision"] = r.classAveragePrecision[c];
    }
    return out;
}

nlohmann::json curveJson(const PrCurve& c) {
    nlohmann::json points = nlohmann::json::array();
    for (const PrPoint& p : c.points)
        points.push_back({p.threshold, p.precision, p.recall});
    return {{"positives", c.positives},
            {"guesses", c.guesses},
            {"average_precision", c.averagePrecision},
            {"points", points}};
}

}  // namespace

AnalysisReport analyse(const Dataset& ds, const Taxonomy& tax, const PredictionSet& predictions,
                       const std::vector<int64_t>& trainCounts, const std::vector<int64_t>& edges) {
    AnalysisReport r;
    const auto classes = static_cast<size_t>(tax.classCount());
    r.perClass.assign(classes, {});
    const auto ancestors = ancestorTable(tax);
    std::unordered_map<uint64_t, ConfusedPair> pairs;
    const std::vector<int32_t> truths = rowLabels(ds, predictions);
    int64_t wrong1 = 0, wrong3 = 0, wrongK = 0;
    r.metricTopK = competitionOf(ds.layout).metricTopK;
    for (size_t row = 0; row < predictions.rows.size(); ++row) {
        const Prediction& p = predictions.rows[row];
        const int32_t truth = truths[row];
        ClassResult& cr = r.perClass[size_t(truth)];
        ++cr.images;
        ++r.images;
        const size_t rank = static_cast<size_t>(
            std::find(p.classes.begin(), p.classes.end(), truth) - p.classes.begin());
        const bool hit1 = rank < 1, hit3 = rank < 3;
        cr.top1 += hit1;
        cr.top3 += hit3;
        wrong3 += !hit3;
        wrongK += rank >= size_t(r.metricTopK);
        if (!p.classes.empty()) ++r.perClass[size_t(p.classes[0])].predicted;
        if (hit1 || p.classes.empty()) {
            wrong1 += !hit1;
            continue;
        }
        ++wrong1;
        const int32_t guess = p.classes[0];
        const int32_t a = std::min(truth, guess), b = std::max(truth, guess);
        ConfusedPair& pair = pairs[(uint64_t(uint32_t(a)) << 32) | uint32_t(b)];
        pair.a = a;
        pair.b = b;
        (truth == a ? pair.aAsB : pair.bAsA) += 1;
        int agree = 6;
        for (int level = 0; level < 6; ++level) {
            const int32_t node = ancestors[size_t(truth)][size_t(level)];
            if (node >= 0 && node == ancestors[size_t(guess)][size_t(level)]) {
                agree = level;
                break;
            }
        }
        ++r.rankOfError[size_t(agree)];
    }
    r.top1Error = r.images ? double(wrong1) / r.images : 0;
    r.top3Error = r.images ? double(wrong3) / r.images : 0;
    r.metricError = r.images ? double(wrongK) / r.images : 0;

    std::vector<std::vector<int32_t>> bySuper(tax.supercategories().size());
    for (int32_t c = 0; c < tax.classCount(); ++c)
        bySuper[size_t(tax.supercategoryOf(c))].push_back(c);
    for (size_t s = 0; s < bySuper.size(); ++s)
        r.supercategories.push_back(finishGroup(tax.supercategories()[s], bySuper[s], r.perClass));

    std::vector<std::vector<int32_t>> byBucket(edges.size() > 1 ? edges.size() - 1 : 0);
    for (int32_t c = 0; c < tax.classCount(); ++c) {
        const int b = bucketOf(trainCounts[size_t(c)], edges);
        if (b >= 0) byBucket[size_t(b)].push_back(c);
    }
    for (size_t b = 0; b < byBucket.size(); ++b) {
        BucketResult br;
        static_cast<GroupResult&>(br) = finishGroup("", byBucket[b], r.perClass);
        br.lo = edges[b];
        br.hi = edges[b + 1];
        br.name = std::to_string(br.lo) + "-" + std::to_string(br.hi - 1);
        r.buckets.push_back(br);
    }

    if (allHaveScores(predictions)) {
        r.calibration = calibrate(predictions, truths, tax, trainCounts, edges);
        r.precisionRecall = precisionRecall(predictions, truths);
        r.classAveragePrecision = classAveragePrecision(predictions, truths, tax.classCount());
    }

    r.confusedPairs.reserve(pairs.size());
    for (const auto& [key, pair] : pairs)
        r.confusedPairs.push_back(pair);
    std::sort(r.confusedPairs.begin(), r.confusedPairs.end(),
              [](const ConfusedPair& x, const ConfusedPair& y) {
                  if (x.total() != y.total()) return x.total() > y.total();
                  return std::tie(x.a, x.b) < std::tie(y.a, y.b);
              });
    return r;
}

MacroScores macroScores(const std::vector<ClassResult>& perClass) {
    MacroScores m;
    for (const ClassResult& c : perClass) {
        if (!c.images && !c.predicted) continue;
        ++m.classes;
        m.precision += c.precision();
        m.recall += c.recall();
        m.f1 += c.f1();
    }
    if (m.classes) {
        m.precision /= double(m.classes);
        m.recall /= double(m.classes);
        m.f1 /= double(m.classes);
    }
    return m;
}

std::vector<ClassDelta> compareClasses(const AnalysisReport& a, const AnalysisReport& b) {
    std::vector<ClassDelta> out;
    const size_t n = std::min(a.perClass.size(), b.perClass.size());
    for (size_t c = 0; c < n; ++c) {
        const ClassResult &x = a.perClass[c], &y = b.perClass[c];
        if (!x.images && !y.images) continue;
        const ClassDelta d{static_cast<int32_t>(c), x.accuracy(), y.accuracy(), x.precision(),
                           y.precision(),           x.f1(),       y.f1()};
        if (d.delta() != 0) out.push_back(d);
    }
    std::stable_sort(out.begin(), out.end(), [](const ClassDelta& x, const ClassDelta& y) {
        return std::abs(x.delta()) > std::abs(y.delta());
    });
    return out;
}

std::string analysisToJson(const AnalysisReport& r, const Dataset& ds, const Taxonomy& tax,
                           size_t maxPairs,
                           const std::vector<std::pair<int32_t, PrCurve>>& speciesCurves) {
    using nlohmann::json;
    json j;
    j["images"] = r.images;
    j["top1_error"] = r.top1Error;
    j["top3_error"] = r.top3Error;
    const Competition c = competitionOf(ds.layout);
    j["metric"] = {{"key", metricKey(r.metricTopK)},
                   {"name", metricName(r.metricTopK)},
                   {"competition", c.name[0] ? nlohmann::json(c.name) : nlohmann::json()},
                   {"value", r.metricError}};
    const CalibrationReport* cal = r.calibration ? &*r.calibration : nullptr;
    if (cal) j["ece"] = cal->all.ece();
    json supers = json::array();
    for (size_t i = 0; i < r.supercategories.size(); ++i) {
        const GroupResult& g = r.supercategories[i];
        supers.push_back({{"name", g.name},
                          {"classes", g.classes},
                          {"images", g.images},
                          {"mean_class_accuracy", g.meanClassAccuracy},
                          {"image_accuracy", g.imageAccuracy}});
        if (cal) supers.back()["ece"] = cal->supercategories[i].ece();
    }
    j["supercategories"] = supers;
    json buckets = json::array();
    for (size_t i = 0; i < r.buckets.size(); ++i) {
        const BucketResult& b = r.buckets[i];
        buckets.push_back({{"min", b.lo},
                           {"max", b.hi - 1},
                           {"classes", b.classes},
                           {"images", b.images},
                           {"mean_class_accuracy", b.meanClassAccuracy},
                           {"image_accuracy", b.imageAccuracy}});
        if (cal) buckets.back()["ece"] = cal->buckets[i].ece();
    }
    j["buckets"] = buckets;
    if (r.temperature)
        j["temperature"] = {{"value", r.temperature->temperature},
                            {"fit_images", r.temperature->fitImages},
                            {"held_out_images", r.temperature->heldOutImages},
                            {"ece_before", r.temperature->eceBefore},
                            {"ece_after", r.temperature->eceAfter}};
    json pairs = json::array();
    for (size_t i = 0; i < r.confusedPairs.size() && i < maxPairs; ++i) {
        const ConfusedPair& p = r.confusedPairs[i];
        const Category &a = ds.categories[size_t(p.a)], &b = ds.categories[size_t(p.b)];
        pairs.push_back({{"a", a.id},
                         {"b", b.id},
                         {"a_name", a.name},
                         {"b_name", b.name},
                         {"count", p.total()},
                         {"a_as_b", p.aAsB},
                         {"b_as_a", p.bAsA}});
    }
    j["confused_pairs"] = pairs;
    int64_t errors = 0;
    for (auto n : r.rankOfError)
        errors += n;
    json ranks = json::object();
    for (int k = 0; k < kAgreeRanks; ++k)
        ranks[agreeRankName(AgreeRank(k))] =
            errors ? double(r.rankOfError[size_t(k)]) / errors : 0.0;
    j["rank_of_error"] = ranks;
    const MacroScores macro = macroScores(r.perClass);
    j["macro"] = {{"classes", macro.classes},
                  {"precision", macro.precision},
                  {"recall", macro.recall},
                  {"f1", macro.f1}};
    j["classes"] = classesJson(r, ds, tax);
    if (r.precisionRecall) j["pr_curve"] = curveJson(thinned(*r.precisionRecall, 101));
    if (!speciesCurves.empty()) {
        json curves = json::array();
        for (const auto& [cls, curve] : speciesCurves) {
            curves.push_back(curveJson(curve));
            curves.back()["id"] = ds.categories[size_t(cls)].id;
            curves.back()["name"] = ds.categories[size_t(cls)].name;
        }
        j["species_pr_curves"] = curves;
    }
    return jsonText(j, 2) + "\n";
}

namespace {

// Macro precision / recall / F1 and the classes with the lowest F1 (the JSON has all).
std::string classesText(const AnalysisReport& r, const Dataset& ds, size_t rows = 15) {
    const MacroScores m = macroScores(r.perClass);
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "\nTop-1 precision / recall / F1, macro over %lld classes: %.4f / %.4f / %.4f\n",
                  (long long)m.classes, m.precision, m.recall, m.f1);
    std::string out = buf;
    if (r.precisionRecall) {
        std::snprintf(buf, sizeof buf,
                      "Average precision over top-1 confidence (all images): %.4f\n",
                      r.precisionRecall->averagePrecision);
        out += buf;
    }
    std::vector<size_t> order;
    for (size_t c = 0; c < r.perClass.size(); ++c)
        if (r.perClass[c].images || r.perClass[c].predicted) order.push_back(c);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return r.perClass[a].f1() < r.perClass[b].f1(); });
    order.resize(std::min(order.size(), rows));
    out += "Lowest F1 (--json lists every class):  images  guessed  precision  recall     F1\n";
    for (size_t c : order) {
        const ClassResult& cr = r.perClass[c];
        std::snprintf(buf, sizeof buf, "  %-36.36s %6lld %8lld %10.3f %7.3f %6.3f\n",
                      ds.categories[c].name.c_str(), (long long)cr.images, (long long)cr.predicted,
                      cr.precision(), cr.recall(), cr.f1());
        out += buf;
    }
    return out;
}

}  // namespace

std::string analysisToText(const AnalysisReport& r, const Dataset& ds, const Taxonomy& tax,
                           size_t maxPairs) {
    std::string out;
    char buf[256];
    std::snprintf(buf, sizeof buf, "%lld images: top-1 error %.4f, top-3 error %.4f\n",
                  (long long)r.images, r.top1Error, r.top3Error);
    out += buf;
    const Competition c = competitionOf(ds.layout);
    std::snprintf(buf, sizeof buf, "%s%s: %.4f\n\n", c.name[0] ? c.name : "Metric",
                  c.name[0] ? (" metric, " + metricName(r.metricTopK)).c_str()
                            : (" (" + metricName(r.metricTopK) + ")").c_str(),
                  r.metricError);
    out += buf;
    if (r.calibration) {
        std::snprintf(buf, sizeof buf,
                      "Expected calibration error (15 bins of top-1 confidence): %.2f%%\n",
                      100 * r.calibration->all.ece());
        out += buf;
    }
    if (r.temperature) {
        std::snprintf(buf, sizeof buf,
                      "Temperature %.3f (fitted on %lld minival images): ECE of the other %lld "
                      "images %.2f%% -> %.2f%%\n",
                      r.temperature->temperature, (long long)r.temperature->fitImages,
                      (long long)r.temperature->heldOutImages, 100 * r.temperature->eceBefore,
                      100 * r.temperature->eceAfter);
        out += buf;
    }
    if (r.calibration || r.temperature) out += "\n";
    out += "Mean per-class top-1 accuracy by supercategory:\n";
    for (const auto& g : r.supercategories) {
        std::snprintf(buf, sizeof buf, "  %-16s %6.2f%%  (%lld classes)\n", g.name.c_str(),
                      100 * g.meanClassAccuracy, (long long)g.classes);
        out += buf;
    }
    out += "\nBy training images per class:      class mean   image-weighted\n";
    for (const auto& b : r.buckets) {
        std::snprintf(buf, sizeof buf, "  %-10s %5lld classes   %6.2f%%       %6.2f%%\n",
                      b.name.c_str(), (long long)b.classes, 100 * b.meanClassAccuracy,
                      100 * b.imageAccuracy);
        out += buf;
    }
    out += "\nMost confused pairs (a as b / b as a):\n";
    for (size_t i = 0; i < r.confusedPairs.size() && i < maxPairs; ++i) {
        const ConfusedPair& p = r.confusedPairs[i];
        std::snprintf(buf, sizeof buf, "  %3lld  %s / %s  (%lld / %lld)\n", (long long)p.total(),
                      ds.categories[size_t(p.a)].name.c_str(),
                      ds.categories[size_t(p.b)].name.c_str(), (long long)p.aAsB,
                      (long long)p.bAsA);
        out += buf;
    }
    out += classesText(r, ds);
    int64_t errors = 0;
    for (auto n : r.rankOfError)
        errors += n;
    out += "\nWhere wrong guesses first agree with the truth:";
    for (int k = 0; k < kAgreeRanks; ++k) {
        // By the dataset's rank names, and only the ranks it has.
        const Rank rank = Rank(int(Rank::Genus) - k);
        if (k < kAgreeRanks - 1 && !tax.hasRank(rank)) continue;
        std::snprintf(buf, sizeof buf, " %s %.1f%%",
                      k < kAgreeRanks - 1 ? tax.rankLabel(rank).c_str() : "none",
                      errors ? 100.0 * r.rankOfError[size_t(k)] / errors : 0.0);
        out += buf;
    }
    return out + "\n";
}

}  // namespace taxa
