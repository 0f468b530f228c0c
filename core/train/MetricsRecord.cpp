#include "train/MetricsRecord.h"

#include <cmath>
#include <limits>
#include <type_traits>

#include "util/JsonText.h"

namespace taxa {

namespace {

// Each record's fields, listed once: @p visit(key, member) is called for each, with const
// members when writing and mutable ones when reading, so the two directions cannot disagree.
template <class Step, class Visit>
void stepFields(Step& m, Visit&& visit) {
    visit("step", m.step);
    visit("stage", m.stage);
    visit("epoch", m.epoch);
    visit("batch", m.batch);
    visit("loss", m.loss);
    visit("lr", m.lr);
    visit("train_top1", m.trainTop1);
    visit("train_top3", m.trainTop3);
    visit("images_per_second", m.imagesPerSecond);
}

template <class Epoch, class Visit>
void epochFields(Epoch& m, Visit&& visit) {
    visit("stage", m.stage);
    visit("stage_name", m.stageName);
    visit("epoch", m.epoch);
    visit("global_epoch", m.globalEpoch);
    visit("step", m.step);
    visit("loss", m.loss);
    visit("lr", m.lr);
    visit("train_top1", m.trainTop1);
    visit("train_top3", m.trainTop3);
    visit("val_top1", m.valTop1);
    visit("val_top3", m.valTop3);
    visit("eval_set", m.evalSet);
    visit("images_per_second", m.imagesPerSecond);
    visit("data_wait_share", m.dataWaitShare);
    visit("seconds", m.seconds);
    visit("bad_images", m.badImages);
    visit("val_bad_images", m.valBadImages);
}

// An integer field from any JSON number that fits; a fraction is cut towards zero (as the
// GUI's reader did). A value out of range keeps the default: converting it would be undefined.
template <class Int>
void readInteger(const nlohmann::json& value, Int& out) {
    static_assert(std::is_signed_v<Int>, "the bounds below are a signed type's");
    using Limits = std::numeric_limits<Int>;
    if (value.is_number_unsigned()) {
        const auto v = value.get<uint64_t>();
        if (v <= static_cast<uint64_t>(Limits::max())) out = static_cast<Int>(v);
    } else if (value.is_number_integer()) {
        const auto v = value.get<int64_t>();
        if (v >= Limits::min() && v <= Limits::max()) out = static_cast<Int>(v);
    } else if (value.is_number_float()) {
        const double v = std::trunc(value.get<double>());
        // For the signed types here, -min is the exclusive upper bound (and exact as a
        // double, where max is not); NaN fails both comparisons.
        if (v >= static_cast<double>(Limits::min()) && v < -static_cast<double>(Limits::min()))
            out = static_cast<Int>(v);
    }
}

struct FieldReader {
    const nlohmann::json& record;

    template <class T>
    void operator()(const char* key, T& out) const {
        const auto it = record.find(key);
        if (it == record.end()) return;
        if constexpr (std::is_same_v<T, std::string>) {
            if (it->is_string()) out = it->template get<std::string>();
        } else if constexpr (std::is_floating_point_v<T>) {
            if (it->is_number()) out = it->template get<T>();
        } else {
            readInteger(*it, out);
        }
    }
};

struct FieldWriter {
    nlohmann::json& record;

    template <class T>
    void operator()(const char* key, const T& value) const {
        record[key] = value;
    }
};

}  // namespace

nlohmann::json toJson(const StepMetrics& m) {
    nlohmann::json record{{"type", "step"}};
    stepFields(m, FieldWriter{record});
    return record;
}

nlohmann::json toJson(const EpochMetrics& m) {
    nlohmann::json record{{"type", "epoch"}};
    epochFields(m, FieldWriter{record});
    return record;
}

StepMetrics stepFromJson(const nlohmann::json& record) {
    StepMetrics m;
    if (record.is_object()) stepFields(m, FieldReader{record});
    return m;
}

EpochMetrics epochFromJson(const nlohmann::json& record) {
    EpochMetrics m;
    if (record.is_object()) epochFields(m, FieldReader{record});
    return m;
}

std::string metricsLine(const nlohmann::json& record) {
    return jsonText(record);
}

std::optional<MetricsRecord> parseMetricsLine(std::string_view line) {
    const auto record = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
    if (!record.is_object()) return std::nullopt;  // also a line that did not parse
    const auto type = record.find("type");
    if (type == record.end() || !type->is_string()) return std::nullopt;
    if (*type == "step") return MetricsRecord{stepFromJson(record)};
    if (*type == "epoch") return MetricsRecord{epochFromJson(record)};
    return std::nullopt;
}

}  // namespace taxa
