#include "workers/BackgroundJob.h"

#include <QDateTime>
#include <QPointer>
#include <QtConcurrent>
#include <exception>
#include <new>
#include <utility>

#include "util/Error.h"

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
        const Outcome outcome = wasCancelled_       ? Outcome::Cancelled
                                : !error_.isEmpty() ? Outcome::Failed
                                                    : Outcome::Succeeded;
        // Taken before anything runs: a handler may start the next job with its own.
        const Finished finished = std::exchange(finished_, Finished());
        const QString message = error_;
        if (outcome == Outcome::Cancelled)
            emit cancelled();
        else if (outcome == Outcome::Failed)
            emit failed(message);
        else
            emit succeeded();
        if (finished) finished(outcome, message);
    });
}

BackgroundJob::~BackgroundJob() {
    cancel();
    watcher_.waitForFinished();
}

bool BackgroundJob::start(Work work, Finished finished) {
    if (isRunning()) return false;
    finished_ = std::move(finished);
    shared_ = std::make_shared<Shared>();
    error_.clear();
    wasCancelled_ = false;
    QPointer<BackgroundJob> self(this);
    auto shared = shared_;
    // The progress callback runs on the worker: it only reads atomics and posts queued calls.
    const taxa::ProgressFn report = [self, shared](const taxa::Progress& p) {
        if (shared->cancel.load()) return false;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const bool last = p.total > 0 && p.done >= p.total;
        if (last || now - shared->lastReportMs.load() >= 50) {
            shared->lastReportMs = now;
            const QString stage = QString::fromStdString(p.stage);
            const qint64 done = p.done, total = p.total;
            QMetaObject::invokeMethod(
                self.data(),
                [self, stage, done, total] {
                    if (self) emit self->progress(stage, done, total);
                },
                Qt::QueuedConnection);
        }
        return true;
    };
    watcher_.setFuture(QtConcurrent::run([this, work = std::move(work), report] {
        // Results are read in the finished handler, after the future completes.
        try {
            work(report);
        } catch (const taxa::Cancelled&) {
            wasCancelled_ = true;
        } catch (const taxa::Error& e) {
            error_ = QString::fromUtf8(e.what());
        } catch (const std::bad_alloc&) {
            error_ = tr("Out of memory");
        } catch (const std::exception& e) {
            error_ = tr("Internal error: %1").arg(QString::fromUtf8(e.what()));
        }
    }));
    return true;
}

void BackgroundJob::cancel() {
    if (shared_) shared_->cancel = true;
}

bool BackgroundJob::isRunning() const {
    return watcher_.isRunning();
}
