// The past-runs list and the ETA: run folders read from disk (config, metrics, checkpoints),
// the list model under QAbstractItemModelTester, and per-stage progress and time left.

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "FifoFixture.h"
#include "models/RunListModel.h"
#include "state/RunFolder.h"
#include "state/TrainEta.h"

namespace {

void writeText(const QString& path, const QByteArray& text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// A run of @p epochs epochs (one stage) that logged @p done of them.
void writeRun(const QString& dir, int epochs, int done, bool last) {
    taxa::TrainConfig c = taxa::TrainConfig::preset("quick-cpu");
    c.stages[0].epochs = epochs;
    writeText(dir + "/config.json", QByteArray::fromStdString(c.toJson()));
    QByteArray metrics;
    for (int e = 1; e <= done; ++e) {
        metrics += QStringLiteral("{\"type\":\"step\",\"step\":%1,\"loss\":%2,\"lr\":0.05}\n")
                       .arg(e * 10)
                       .arg(3.0 / e)
                       .toUtf8();
        metrics += QStringLiteral(
                       "{\"type\":\"epoch\",\"global_epoch\":%1,\"step\":%2,"
                       "\"val_top1\":%3,\"val_top3\":%4,\"train_top1\":0.5}\n")
                       .arg(e)
                       .arg(e * 10)
                       .arg(0.1 * e)
                       .arg(0.2 * e)
                       .toUtf8();
    }
    metrics += "{\"type\":\"step\",\"ste";  // a killed run leaves half a line
    writeText(dir + "/metrics.jsonl", metrics);
    if (last) writeText(dir + "/checkpoints/last.pt", "x");
    if (done > 0) writeText(dir + "/checkpoints/best.pt", "x");
}

taxa::StepMetrics stepAt(int stage, int epoch, int64_t batch, int64_t batches) {
    taxa::StepMetrics m;
    m.stage = stage;
    m.epoch = epoch;
    m.batch = batch;
    m.batches = batches;
    m.step = 1;
    return m;
}

}  // namespace

class TestRuns : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

  private slots:
    void readsRunFolders() {
        const QString root = dir_.path() + "/runs";
        writeRun(root + "/2026-01-01_10-00-00", 3, 3, true);
        QTest::qWait(20);  // distinct modification times: newest first
        writeRun(root + "/2026-01-02_10-00-00", 5, 2, true);
        QTest::qWait(20);
        writeText(root + "/broken/config.json", "{not json");
        QDir().mkpath(root + "/not-a-run");

        const std::vector<RunInfo> runs = scanRuns(root);
        QCOMPARE(runs.size(), size_t(3));
        QCOMPARE(runs[0].name, QString("broken"));
        QVERIFY(!runs[0].error.isEmpty());
        QVERIFY(!runs[0].finished());
        const RunInfo& stopped = runs[1];
        QCOMPARE(stopped.name, QString("2026-01-02_10-00-00"));
        QCOMPARE(stopped.epochsDone, 2);
        QCOMPARE(stopped.totalEpochs(), 5);
        QVERIFY(!stopped.finished());
        QVERIFY(stopped.hasLast && stopped.hasBest);
        QCOMPARE(stopped.bestTop1, 0.2);
        QVERIFY(stopped.configJson.contains("resnet18"));
        QVERIFY(runs[2].finished());

        const RunMetrics m = readRunMetrics(stopped.path);
        QCOMPARE(m.step.size(), 2);  // the half line is skipped
        QCOMPARE(m.epoch, (QVector<double>{1, 2}));
        QCOMPARE(m.valTop3.last(), 0.4);
        QCOMPARE(m.loss.first(), 3.0);
    }

    void followsAGrowingMetricsFile() {
        // As the panel follows a run another process writes: whole lines only, from an offset.
        const QString run = dir_.path() + "/growing";
        const QByteArray step = R"({"type":"step","step":10,"stage":0,"epoch":1,"batch":3,)"
                                R"("loss":2.5,"lr":0.04,"train_top1":0.25})"
                                "\n";
        const QByteArray epoch = R"({"type":"epoch","global_epoch":2,"step":12,"val_top1":0.5,)"
                                 R"("eval_set":"val","stage_name":"train"})"
                                 "\n";
        QCOMPARE(readMetricsTail(run, 0).offset, qint64(0));  // no file yet
        writeText(run + "/metrics.jsonl", step + epoch.left(20));
        MetricsTail t = readMetricsTail(run, 0);
        QCOMPARE(t.offset, qint64(step.size()));  // the half-written epoch waits
        QCOMPARE(t.steps.size(), size_t(1));
        QVERIFY(t.epochs.empty());
        QCOMPARE(t.steps[0].step, int64_t(10));
        QCOMPARE(t.steps[0].epoch, 1);
        QCOMPARE(t.steps[0].batch, int64_t(3));
        QCOMPARE(t.steps[0].loss, 2.5);
        QCOMPARE(t.steps[0].trainTop1, 0.25);
        writeText(run + "/metrics.jsonl", step + epoch);
        t = readMetricsTail(run, t.offset);
        QCOMPARE(t.offset, qint64(step.size() + epoch.size()));
        QVERIFY(t.steps.empty());
        QCOMPARE(t.epochs.size(), size_t(1));
        QCOMPARE(t.epochs[0].globalEpoch, 2);
        QCOMPARE(t.epochs[0].step, int64_t(12));
        QCOMPARE(t.epochs[0].valTop1, 0.5);
        QCOMPARE(t.epochs[0].evalSet, std::string("val"));
        QCOMPARE(t.epochs[0].stageName, std::string("train"));
        // A resume that cut the file shorter: followed from its new end.
        writeText(run + "/metrics.jsonl", step);
        t = readMetricsTail(run, step.size() + epoch.size());
        QCOMPARE(t.offset, qint64(step.size()));
        QVERIFY(t.steps.empty() && t.epochs.empty());
    }

    void aFifoIsABrokenRunNotAHang() {
        // A FIFO named config.json blocked the run list (QFile opened it) until a writer came.
        const QString run = dir_.path() + "/fifo-runs/run";
        QVERIFY(QDir().mkpath(run));
        const std::string fifo = (run + "/config.json").toStdString();
        QVERIFY(fixtures::makeFifo(fifo));
        std::vector<RunInfo> runs;
        QVERIFY(fixtures::finishesWithin(10, fifo,
                                         [&] { runs = scanRuns(dir_.path() + "/fifo-runs"); }));
        QCOMPARE(runs.size(), size_t(1));
        QCOMPARE(runs[0].error,
                 QString::fromStdString(fifo + ": is a FIFO (named pipe), not a regular file"));
    }

    void listModel() {
        const QString root = dir_.path() + "/runs";
        RunListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRuns(scanRuns(root));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RunListModel::ColumnCount));
        auto cell = [&](int row, int col) { return model.index(row, col).data().toString(); };
        QCOMPARE(cell(0, RunListModel::Status), QString("unreadable"));
        QCOMPARE(cell(1, RunListModel::Status), QString("stopped"));
        QCOMPARE(cell(2, RunListModel::Status), QString("finished"));
        QCOMPARE(cell(1, RunListModel::Epochs), QString("2 / 5"));
        QCOMPARE(cell(1, RunListModel::Model), QString("resnet18 + avg"));
        QVERIFY(cell(2, RunListModel::BestTop1).startsWith("30"));
        QVERIFY(model.index(1, 0).data(RunListModel::ResumableRole).toBool());
        QVERIFY(!model.index(2, 0).data(RunListModel::ResumableRole).toBool());
        QVERIFY(!model.index(0, 0).data(RunListModel::ResumableRole).toBool());

        // The run training now is shown as such and cannot be resumed twice.
        const QString path = model.index(1, 0).data(RunListModel::PathRole).toString();
        QCOMPARE(model.rowOf(path + "/"), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setActive(path);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(1, RunListModel::Status), QString("training"));
        QVERIFY(!model.index(1, 0).data(RunListModel::ResumableRole).toBool());
        model.setActive({});
        QVERIFY(model.index(1, 0).data(RunListModel::ResumableRole).toBool());
        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void etaPerStage() {
        taxa::TrainConfig c = taxa::TrainConfig::preset("winner-2018");  // 5 + 20 + 5 epochs
        TrainEta eta;
        eta.reset(c, {10, 10, 4});
        QCOMPARE(eta.stages(), 3);
        QCOMPARE(eta.remaining(0), -1.0);  // no rate yet
        eta.step(stepAt(0, 0, 0, 10), 100.0);
        eta.step(stepAt(0, 0, 9, 10), 109.0);  // 1 s per step
        QCOMPARE(eta.fraction(0), 10.0 / 50);
        QCOMPARE(eta.remaining(0), 40.0);
        QCOMPARE(eta.remaining(1), 200.0);  // 20 epochs x 10 guessed batches
        QCOMPARE(eta.remaining(2), 20.0);
        QCOMPARE(eta.remainingTotal(), 260.0);
        // The epoch's evaluation counts in the rate.
        taxa::EpochMetrics e;
        e.stage = 0;
        e.epoch = 0;
        eta.epoch(e, 119.0);  // steps 2..10 and the evaluation took 19 s
        QCOMPARE(eta.remaining(0), 40 * 19.0 / 9);
        // A pause does not count: the next step starts a fresh measurement.
        eta.pause();
        eta.step(stepAt(0, 1, 0, 10), 500.0);
        QCOMPARE(eta.remaining(0), 39 * 19.0 / 9);
        eta.step(stepAt(0, 1, 1, 10), 501.0);
        QCOMPARE(eta.remaining(0), 38.0);
        // The next stage: the earlier one is done, batches become known.
        eta.step(stepAt(1, 0, 0, 12), 600.0);
        QCOMPARE(eta.currentStage(), 1);
        QCOMPARE(eta.fraction(0), 1.0);
        QCOMPARE(eta.fraction(1), 1.0 / 240);
        eta.finish(true);
        QCOMPARE(eta.fraction(2), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestRuns)
#include "test_runs.moc"
