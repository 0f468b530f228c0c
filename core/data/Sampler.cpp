#include "data/Sampler.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "util/Error.h"
#include "util/JsonText.h"

namespace taxa {

SamplerKind parseSamplerKind(const std::string& name) {
    if (name == "instance") return SamplerKind::Instance;
    if (name == "class-balanced" || name == "balanced") return SamplerKind::ClassBalanced;
    if (name == "sqrt" || name == "square-root") return SamplerKind::SquareRoot;
    if (name == "power") return SamplerKind::Power;
    throw Error("unknown sampler '" + name + "' (instance, class-balanced, sqrt, power)");
}

const char* samplerKindName(SamplerKind kind) {
    switch (kind) {
        case SamplerKind::Instance:
            return "instance";
        case SamplerKind::ClassBalanced:
            return "class-balanced";
        case SamplerKind::SquareRoot:
            return "sqrt";
        case SamplerKind::Power:
            return "power";
    }
    return "?";
}

namespace {

uint64_t mix(uint64_t a, uint64_t b) {
    uint64_t x = a ^ (b * 0x9E3779B97F4A7C15ull);
    return Rng::splitmix(x);
}

double exponent(const SamplerConfig& c) {
    switch (c.kind) {
        case SamplerKind::Instance:
            return 1.0;
        case SamplerKind::ClassBalanced:
            return 0.0;
        case SamplerKind::SquareRoot:
            return 0.5;
        case SamplerKind::Power:
            return c.q;
    }
    return 1.0;
}

}  // namespace

Sampler::Sampler(std::vector<int32_t> labels, int32_t classCount, SamplerConfig config)
    : labels_(std::move(labels)), classCount_(classCount), config_(config), rng_(config.seed) {
    if (labels_.empty()) throw Error("sampler: no training items");
    if (classCount_ <= 0) throw Error("sampler: no classes");
    if (config_.kind == SamplerKind::Power && !(config_.q >= 0 && config_.q <= 4))
        throw Error("sampler: power q must be within [0, 4]");
    byClass_.resize(static_cast<size_t>(classCount_));
    for (size_t i = 0; i < labels_.size(); ++i) {
        const int32_t c = labels_[i];
        if (c < 0 || c >= classCount_)
            throw Error("sampler: item " + std::to_string(i) + " has no valid class");
        byClass_[static_cast<size_t>(c)].push_back(static_cast<int64_t>(i));
    }
    epochLength_ =
        config_.epochLength > 0 ? config_.epochLength : static_cast<int64_t>(labels_.size());

    // p_j proportional to n_j^q over classes that have items.
    const double q = exponent(config_);
    probability_.assign(static_cast<size_t>(classCount_), 0.0);
    double total = 0;
    for (size_t c = 0; c < byClass_.size(); ++c)
        if (!byClass_[c].empty())
            total += probability_[c] = std::pow(double(byClass_[c].size()), q);
    for (double& p : probability_)
        p /= total;

    if (config_.kind != SamplerKind::Instance) {
        // Vose's alias method: O(1) per draw, exact probabilities.
        const size_t k = probability_.size();
        aliasProb_.assign(k, 0.0);
        alias_.assign(k, 0);
        std::vector<double> scaled(k);
        std::vector<int32_t> small, large;
        for (size_t i = 0; i < k; ++i) {
            scaled[i] = probability_[i] * static_cast<double>(k);
            (scaled[i] < 1.0 ? small : large).push_back(static_cast<int32_t>(i));
        }
        while (!small.empty() && !large.empty()) {
            const int32_t s = small.back(), l = large.back();
            small.pop_back();
            aliasProb_[size_t(s)] = scaled[size_t(s)];
            alias_[size_t(s)] = l;
            scaled[size_t(l)] -= 1.0 - scaled[size_t(s)];
            if (scaled[size_t(l)] < 1.0) {
                large.pop_back();
                small.push_back(l);
            }
        }
        for (int32_t i : large)
            aliasProb_[size_t(i)] = 1.0;
        for (int32_t i : small)
            aliasProb_[size_t(i)] = 1.0;
        cycle_.assign(k, 0);
        cursor_.assign(k, 0);
        order_.resize(k);
        orderCycle_.assign(k, -1);
    }
    startEpoch();
}

void Sampler::startEpoch() {
    position_ = 0;
    if (config_.kind != SamplerKind::Instance) return;
    permutation_.resize(labels_.size());
    for (size_t i = 0; i < permutation_.size(); ++i)
        permutation_[i] = static_cast<int64_t>(i);
    Rng r(mix(config_.seed, static_cast<uint64_t>(epoch_) + 1));
    shuffle(permutation_, r);
}

double Sampler::classProbability(int32_t c) const {
    return probability_[static_cast<size_t>(c)];
}

int32_t Sampler::drawClass() {
    const auto k = static_cast<int32_t>(probability_.size());
    const auto i = static_cast<int32_t>(rng_.below(static_cast<uint64_t>(k)));
    return rng_.uniform() < aliasProb_[size_t(i)] ? i : alias_[size_t(i)];
}

// The order of a class's items in its current round; derived from the seed, class and round,
// so a saved state needs only the round and the place in it.
const std::vector<int64_t>& Sampler::classOrder(int32_t c) {
    const auto ci = static_cast<size_t>(c);
    if (orderCycle_[ci] != cycle_[ci]) {
        order_[ci] = byClass_[ci];
        Rng r(mix(mix(config_.seed, static_cast<uint64_t>(c) + 0x51),
                  static_cast<uint64_t>(cycle_[ci])));
        shuffle(order_[ci], r);
        orderCycle_[ci] = cycle_[ci];
    }
    return order_[ci];
}

int64_t Sampler::next() {
    if (position_ >= epochLength_) {
        ++epoch_;
        startEpoch();
    }
    int64_t item;
    if (config_.kind == SamplerKind::Instance) {
        // An epoch longer than the item count wraps around the same permutation.
        item = permutation_[static_cast<size_t>(position_ %
                                                static_cast<int64_t>(permutation_.size()))];
    } else {
        const int32_t c = drawClass();
        const auto ci = static_cast<size_t>(c);
        const auto& order = classOrder(c);
        item = order[static_cast<size_t>(cursor_[ci])];
        if (++cursor_[ci] == static_cast<int64_t>(order.size())) {
            cursor_[ci] = 0;
            ++cycle_[ci];
        }
    }
    ++position_;
    return item;
}

std::string Sampler::saveState() const {
    nlohmann::json j;
    j["kind"] = samplerKindName(config_.kind);
    j["q"] = exponent(config_);
    j["seed"] = config_.seed;
    j["items"] = labels_.size();
    j["classes"] = classCount_;
    j["epoch_length"] = epochLength_;
    j["epoch"] = epoch_;
    j["position"] = position_;
    const uint64_t* s = rng_.state();
    j["rng"] = {s[0], s[1], s[2], s[3]};
    j["cycle"] = cycle_;
    j["cursor"] = cursor_;
    return jsonText(j);
}

void Sampler::restoreState(const std::string& text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
        if (j.at("kind").get<std::string>() != samplerKindName(config_.kind) ||
            j.at("q").get<double>() != exponent(config_) ||
            j.at("seed").get<uint64_t>() != config_.seed)
            throw Error("sampler state was saved with another sampler configuration");
        if (j.at("items").get<size_t>() != labels_.size() ||
            j.at("classes").get<int32_t>() != classCount_ ||
            j.at("epoch_length").get<int64_t>() != epochLength_)
            throw Error("sampler state was saved for another dataset");
        const auto cycle = j.at("cycle").get<std::vector<int64_t>>();
        const auto cursor = j.at("cursor").get<std::vector<int64_t>>();
        if (cycle.size() != cycle_.size() || cursor.size() != cursor_.size())
            throw Error("sampler state is inconsistent");
        for (size_t c = 0; c < cursor.size(); ++c)
            if (cursor[c] < 0 ||
                cursor[c] >= static_cast<int64_t>(std::max<size_t>(1, byClass_[c].size())))
                throw Error("sampler state is inconsistent");
        const auto position = j.at("position").get<int64_t>();
        if (position < 0 || position > epochLength_) throw Error("sampler state is inconsistent");
        const auto rng = j.at("rng").get<std::vector<uint64_t>>();
        if (rng.size() != 4) throw Error("sampler state is inconsistent");
        epoch_ = j.at("epoch").get<int64_t>();
        startEpoch();
        position_ = position;
        rng_.setState(rng.data());
        cycle_ = cycle;
        cursor_ = cursor;
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("sampler state is unreadable: ") + e.what());
    }
}

}  // namespace taxa
