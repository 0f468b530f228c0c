#pragma once
// Spying on the training worker safely. QSignalSpy records in the emitting thread and has no
// lock, so a spy on the worker would fill its list on the training thread while the test reads
// it. The relay is a second TrainingWorker living on the test's thread that re-emits each of
// the worker's signals there (queued connections); spies watch the relay.

#include <memory>

#include "jobs/TrainingWorker.h"

namespace fixtures {

inline std::unique_ptr<TrainingWorker> relayOf(TrainingWorker* worker) {
    auto relay = std::make_unique<TrainingWorker>();
    TrainingWorker* r = relay.get();
    QObject::connect(worker, &TrainingWorker::started, r, &TrainingWorker::started);
    QObject::connect(worker, &TrainingWorker::history, r, &TrainingWorker::history);
    QObject::connect(worker, &TrainingWorker::steps, r, &TrainingWorker::steps);
    QObject::connect(worker, &TrainingWorker::epochDone, r, &TrainingWorker::epochDone);
    QObject::connect(worker, &TrainingWorker::logLine, r, &TrainingWorker::logLine);
    QObject::connect(worker, &TrainingWorker::pausedChanged, r, &TrainingWorker::pausedChanged);
    QObject::connect(worker, &TrainingWorker::finished, r, &TrainingWorker::finished);
    return relay;
}

}  // namespace fixtures
