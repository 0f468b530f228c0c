#include "eval/Predictions.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>

#include "dataset/IdIndex.h"
#include "dataset/Layouts.h"
#include "util/Error.h"
#include "util/Printable.h"

namespace taxa {

namespace {

std::string categoryList(const Prediction& r, const Dataset& ds, size_t n) {
    std::string s;
    for (size_t i = 0; i < r.classes.size() && i < n; ++i)
        s += (i ? " " : "") + std::to_string(ds.categories[size_t(r.classes[i])].id);
    return s;
}

bool parseInt(const std::string& s, int64_t& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(s.c_str(), &end, 10);
    if (errno || *end) return false;
    out = v;
    return true;
}

std::vector<std::string> words(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

// A NUL byte would end the id or label that strtoll reads, so "12\0junk" would read as 12.
void refuseNul(const std::string& text, const std::string& label) {
    const size_t at = text.find('\0');
    if (at == std::string::npos) return;
    const size_t lineStart = text.rfind('\n', at);
    const size_t column = lineStart == std::string::npos ? at + 1 : at - lineStart;
    const auto line =
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1;
    throw Error(label + ": line " + std::to_string(line) + ", byte " + std::to_string(column) +
                ": NUL byte (not a text file?)");
}

}  // namespace

std::string toKaggleCsv(const PredictionSet& p, const Dataset& ds) {
    const Competition c = competitionOf(ds.layout);
    std::string out = std::string(c.csvHeader) + "\n";
    for (const auto& r : p.rows)
        out += std::to_string(r.imageId) + "," +
               categoryList(r, ds, static_cast<size_t>(c.submissionLabels)) + "\n";
    return out;
}

std::string toTopkCsv(const PredictionSet& p, const Dataset& ds) {
    std::string out = "image_id,category_ids,scores\n";
    char buf[32];
    for (const auto& r : p.rows) {
        out += std::to_string(r.imageId) + "," + categoryList(r, ds, r.classes.size()) + ",";
        for (size_t i = 0; i < r.scores.size(); ++i) {
            std::snprintf(buf, sizeof buf, "%s%.6g", i ? " " : "", r.scores[i]);
            out += buf;
        }
        out += "\n";
    }
    return out;
}

PredictionSet readPredictions(const std::string& text, const std::string& label, const Dataset& ds,
                              Split split) {
    refuseNul(text, label);
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line))
        throw Error(label + ": empty file (expected the header 'id,predicted')");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Spreadsheets on Windows start their CSV files with a UTF-8 byte order mark.
    if (line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    const bool topk = line == "image_id,category_ids,scores";
    std::string header = line;
    std::transform(header.begin(), header.end(), header.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (header != "id,predicted" && !topk)
        throw Error(label + ": line 1: header is '" + printable(line, 60) +
                    "', expected 'id,predicted'");

    const auto minLabels = static_cast<size_t>(competitionOf(ds.layout).metricTopK);
    std::vector<int64_t> ids;
    for (size_t i = 0; i < ds.images.size(); ++i)
        if (ds.images[i].split == split) ids.push_back(ds.images[i].id);
    IdIndex index;
    index.build(ids);
    PredictionSet out;
    out.split = split;
    out.rows.resize(ids.size());
    std::vector<bool> seen(ids.size(), false);
    int64_t lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const std::string where = label + ": line " + std::to_string(lineNo) + ": ";
        const auto comma = line.find(',');
        if (comma == std::string::npos) throw Error(where + "expected 'id,labels'");
        int64_t id;
        if (!parseInt(line.substr(0, comma), id))
            throw Error(where + "id '" + printable(line.substr(0, comma)) + "' is not an integer");
        const int32_t k = index.find(id);
        if (k < 0)
            throw Error(where + "image id " + std::to_string(id) + " is not in the " +
                        splitName(split) + " split");
        if (seen[size_t(k)])
            throw Error(where + "image id " + std::to_string(id) + " appears twice");
        seen[size_t(k)] = true;
        std::string rest = line.substr(comma + 1), scoreText;
        if (topk) {
            const auto second = rest.find(',');
            if (second == std::string::npos)
                throw Error(where + "expected 'image_id,category_ids,scores'");
            scoreText = rest.substr(second + 1);
            rest = rest.substr(0, second);
        }
        Prediction& p = out.rows[size_t(k)];
        p.imageId = id;
        for (const auto& w : words(rest)) {
            int64_t cat;
            if (!parseInt(w, cat))
                throw Error(where + "label '" + printable(w) + "' is not an integer");
            const int32_t c = ds.classOf(cat);
            if (c < 0) throw Error(where + "category id " + printable(w) + " is unknown");
            p.classes.push_back(c);
        }
        if (p.classes.size() < minLabels)
            throw Error(where + "has " + std::to_string(p.classes.size()) + " labels, at least " +
                        std::to_string(minLabels) + " are needed for the " +
                        metricName(int(minLabels)));
        double sum = 0;
        for (const auto& w : words(scoreText)) {
            char* end = nullptr;
            const float score = std::strtof(w.c_str(), &end);
            // A probability; a little past 1 is float rounding of a certain prediction.
            if (*end || !(score >= 0.0f && score <= 1.001f))
                throw Error(where + "score '" + printable(w) + "' is not a probability (0 to 1)");
            p.scores.push_back(score);
            sum += score;
        }
        if (topk && p.scores.size() != p.classes.size())
            throw Error(where + "scores and labels differ in number");
        if (sum > 1.001)
            throw Error(where + "scores sum to " + std::to_string(sum) +
                        ", more than 1 (expected softmax probabilities)");
    }
    for (size_t i = 0; i < seen.size(); ++i)
        if (!seen[i])
            throw Error(label + ": no prediction for image id " + std::to_string(ids[i]) +
                        " (and " + std::to_string(std::count(seen.begin(), seen.end(), false) - 1) +
                        " more)");
    return out;
}

std::vector<int32_t> rowLabels(const Dataset& ds, const PredictionSet& p) {
    IdIndex index;
    std::vector<int64_t> ids;
    std::vector<int32_t> labels;
    for (const auto& im : ds.images)
        if (im.split == p.split) ids.push_back(im.id), labels.push_back(im.label);
    index.build(ids);
    std::vector<int32_t> out;
    out.reserve(p.rows.size());
    for (const Prediction& row : p.rows) {
        const int32_t k = index.find(row.imageId);
        if (k < 0) throw Error("prediction for unknown image " + std::to_string(row.imageId));
        const int32_t label = labels[size_t(k)];
        if (label < 0)
            throw Error("image " + std::to_string(row.imageId) +
                        " has no label to evaluate against");
        out.push_back(label);
    }
    return out;
}

}  // namespace taxa
