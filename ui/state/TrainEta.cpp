#include "state/TrainEta.h"

#include <algorithm>

void TrainEta::reset(const taxa::TrainConfig& config, const std::vector<int64_t>& batchesGuess) {
    stages_.assign(config.stages.size(), Stage{});
    for (size_t i = 0; i < stages_.size(); ++i) {
        stages_[i].epochs = config.stages[i].epochs;
        stages_[i].batches = i < batchesGuess.size() ? std::max<int64_t>(1, batchesGuess[i]) : 1;
    }
    current_ = -1;
    secondsPerStep_ = -1;
    refTime_ = -1;
}

void TrainEta::step(const taxa::StepMetrics& m, double now) {
    if (m.stage < 0 || m.stage >= stages()) return;
    Stage& s = stages_[static_cast<size_t>(m.stage)];
    if (m.stage != current_) {
        // Earlier stages are over; a new stage has its own speed (other layers train).
        for (int i = 0; i < m.stage; ++i)
            stages_[static_cast<size_t>(i)].done = stages_[static_cast<size_t>(i)].total();
        current_ = m.stage;
        refTime_ = -1;
    }
    s.batches = std::max<int64_t>(1, m.batches);
    s.known = true;
    s.epoch = m.epoch;
    s.done = int64_t(m.epoch) * s.batches + m.batch + 1;
    if (refTime_ < 0) {
        refTime_ = now;
        refDone_ = s.done;
    } else if (s.done > refDone_) {
        secondsPerStep_ = (now - refTime_) / double(s.done - refDone_);
    }
}

void TrainEta::epoch(const taxa::EpochMetrics& m, double now) {
    if (m.stage < 0 || m.stage >= stages()) return;
    Stage& s = stages_[static_cast<size_t>(m.stage)];
    s.done = int64_t(m.epoch + 1) * s.batches;
    s.epoch = std::min(m.epoch + 1, s.epochs - 1);
    if (refTime_ >= 0 && s.done > refDone_)
        secondsPerStep_ = (now - refTime_) / (s.done - refDone_);
}

void TrainEta::pause() {
    refTime_ = -1;
}

void TrainEta::finish(bool completed) {
    if (completed)
        for (Stage& s : stages_)
            s.done = s.total();
    refTime_ = -1;
}

double TrainEta::fraction(int stage) const {
    const Stage& s = stages_[static_cast<size_t>(stage)];
    return s.total() > 0 ? std::min(1.0, double(s.done) / double(s.total())) : 0;
}

double TrainEta::remaining(int stage) const {
    if (secondsPerStep_ < 0) return -1;
    const Stage& s = stages_[static_cast<size_t>(stage)];
    return double(std::max<int64_t>(0, s.total() - s.done)) * secondsPerStep_;
}

double TrainEta::remainingTotal() const {
    if (secondsPerStep_ < 0) return -1;
    double sum = 0;
    for (int i = 0; i < stages(); ++i)
        sum += remaining(i);
    return sum;
}
