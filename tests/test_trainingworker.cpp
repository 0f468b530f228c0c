// The training worker on its thread: a tiny run reports steps and epochs as queued signals,
// pauses (no steps while paused) and continues, stops within a batch leaving last.pt, and the
// stopped run resumes to the end. The spies watch a relay on this thread (WorkerRelay.h).

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include "DemoFixture.h"
#include "WorkerRelay.h"
#include "jobs/TrainingSession.h"

namespace {

taxa::TrainConfig tiny(int epochs, int steps) {
    taxa::TrainConfig c = taxa::TrainConfig::preset("quick-cpu");
    c.crop = 32;
    c.resize = 37;
    c.batchSize = 4;
    c.stages = {taxa::StageConfig{"train", "all", "train", epochs, 0.05}};
    c.maxStepsPerEpoch = steps;
    c.seed = 3;
    return c;
}

// Waits and time limits; sanitizer builds run several times slower and scale them
// (scripts/sanitize.sh sets TAXA_TEST_TIME_SCALE).
int ms(int base) {
    static const int scale = std::max(1, qEnvironmentVariableIntValue("TAXA_TEST_TIME_SCALE"));
    return base * scale;
}

int64_t lastStep(const QSignalSpy& spy) {
    if (spy.isEmpty()) return 0;
    return spy.last().at(0).value<std::vector<taxa::StepMetrics>>().back().step;
}

}  // namespace

class TestTrainingWorker : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedDataset> data_;

  private slots:
    void initTestCase() { data_ = fixtures::demo(dir_); }

    void trainsPausesStopsResumes() {
        TrainingSession session;
        TrainingWorker* w = session.worker();
        const auto relay = fixtures::relayOf(w);
        QSignalSpy started(relay.get(), &TrainingWorker::started);
        QSignalSpy steps(relay.get(), &TrainingWorker::steps);
        QSignalSpy epochs(relay.get(), &TrainingWorker::epochDone);
        QSignalSpy logs(relay.get(), &TrainingWorker::logLine);
        QSignalSpy paused(relay.get(), &TrainingWorker::pausedChanged);
        QSignalSpy finished(relay.get(), &TrainingWorker::finished);
        QSet<QThread*> threads;
        QObject receiver;  // lives on this thread, and no longer than `threads`
        connect(w, &TrainingWorker::steps, &receiver,
                [&] { threads.insert(QThread::currentThread()); });

        TrainRequest request;
        request.data = data_;
        // Capped epochs keep the test short.
        request.config = tiny(2, 12);
        request.runDir = dir_.path() + "/run";
        QVERIFY(session.start(request));
        QVERIFY(session.isRunning());
        QVERIFY(!session.start(request));  // one run at a time
        QTRY_VERIFY_WITH_TIMEOUT(started.size() > 0, ms(90000));
        QCOMPARE(started.first().at(1).toString(), request.runDir);
        QTRY_VERIFY_WITH_TIMEOUT(epochs.size() > 0, ms(180000));
        // Steps came before the epoch, numbered from 1, delivered on the GUI thread.
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.first().at(0).value<std::vector<taxa::StepMetrics>>().front().step,
                 int64_t(1));
        QCOMPARE(threads, QSet<QThread*>{QThread::currentThread()});
        const auto e = epochs.first().at(0).value<taxa::EpochMetrics>();
        QCOMPARE(e.globalEpoch, 1);
        QCOMPARE(e.totalEpochs, 2);
        QVERIFY(!logs.isEmpty());

        // Pause: the thread blocks before its next batch and no steps arrive meanwhile.
        session.setPaused(true);
        QTRY_VERIFY_WITH_TIMEOUT(paused.size() > 0, ms(90000));
        QCOMPARE(paused.last().at(0).toBool(), true);
        QTest::qWait(ms(100));  // let steps queued before the pause arrive
        const int64_t atPause = lastStep(steps);
        const int batchesAtPause = steps.size();
        QTest::qWait(ms(600));
        QCOMPARE(steps.size(), batchesAtPause);
        session.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(paused.size() > 1, ms(10000));
        QCOMPARE(paused.last().at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() > batchesAtPause, ms(90000));
        QVERIFY(lastStep(steps) > atPause);

        // Stop: the run ends within a batch, resumable.
        const int64_t seen = lastStep(steps);
        QElapsedTimer clock;
        clock.start();
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > 0, ms(90000));
        QVERIFY2(clock.elapsed() < ms(10000), "a stop waits for one batch and the checkpoint only");
        const auto stopped = finished.first().at(0).value<TrainOutcome>();
        QVERIFY(stopped.stopped && !stopped.finished && stopped.error.isEmpty());
        QTRY_VERIFY(!session.isRunning());  // set on this thread, after the queued signal
        QVERIFY(QFile::exists(request.runDir + "/checkpoints/last.pt"));
        // At most the batch in progress and those already on their way (< 100 ms of them) ran
        // after the stop was asked for.
        const int64_t stoppedAt = lastStep(steps);
        QVERIFY2(stoppedAt <= seen + 4,
                 qPrintable(QString("%1 > %2 + 4").arg(stoppedAt).arg(seen)));
        QVERIFY(
            logs.last().at(0).toString().contains(QString("Stopped at step %1").arg(stoppedAt)));
        const int epochsBefore = epochs.size();

        // Resume: the worker first sends the logged history, then continues after the stop.
        QSignalSpy history(relay.get(), &TrainingWorker::history);
        steps.clear();
        TrainRequest resume;
        resume.data = data_;
        resume.runDir = request.runDir;
        resume.resume = true;
        QVERIFY(session.start(resume));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > 1, ms(120000));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().at(0).value<RunMetrics>().epoch.size(), epochsBefore);
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.first().at(0).value<std::vector<taxa::StepMetrics>>().front().step,
                 stoppedAt + 1);
        const auto done = finished.last().at(0).value<TrainOutcome>();
        QVERIFY2(done.finished, qPrintable(done.error));
        QCOMPARE(epochs.last().at(0).value<taxa::EpochMetrics>().globalEpoch, 2);
    }

    void reportsErrors() {
        TrainingSession session;
        const auto relay = fixtures::relayOf(session.worker());
        QSignalSpy finished(relay.get(), &TrainingWorker::finished);
        TrainRequest request;
        request.data = data_;
        request.config = tiny(1, 2);
        request.config.model.arch = "resnet7";
        request.runDir = dir_.path() + "/bad";
        QVERIFY(session.start(request));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > 0, ms(90000));
        QVERIFY(finished.first().at(0).value<TrainOutcome>().error.contains("resnet7"));
        QTRY_VERIFY(!session.isRunning());  // set on this thread, after the queued signal
    }

    void shutdownStopsARun() {
        auto session = std::make_unique<TrainingSession>();
        const auto relay = fixtures::relayOf(session->worker());
        QSignalSpy steps(relay.get(), &TrainingWorker::steps);
        TrainRequest request;
        request.data = data_;
        request.config = tiny(2, 12);
        request.runDir = dir_.path() + "/shutdown";
        QVERIFY(session->start(request));
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() > 0, ms(180000));
        session->shutdown();  // joins; the trainer saved where it stopped
        QVERIFY(QFile::exists(request.runDir + "/checkpoints/last.pt"));
        session.reset();
    }
};

QTEST_MAIN(TestTrainingWorker)
#include "test_trainingworker.moc"
