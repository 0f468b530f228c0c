// The run folder's format as core defines it (train/RunFolder.h, MetricsRecord.h,
// MetricsTail.h, RunSummary.h), without the GUI and without LibTorch: every path, the run a
// checkpoint or predictions file belongs to, metrics.jsonl records as they are on disk, reading
// a file that is still being written, and summaries of runs, broken ones included.

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <variant>

#include "FifoFixture.h"
#include "train/MetricsRecord.h"
#include "train/MetricsTail.h"
#include "train/RunFiles.h"
#include "train/RunFolder.h"
#include "train/RunSummary.h"

using namespace taxa;
namespace fs = std::filesystem;

namespace {

void writeText(const std::string& path, const std::string& text) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

StepMetrics someStep() {
    StepMetrics m;
    m.step = 120;
    m.stage = 1;
    m.epoch = 2;
    m.batch = 7;
    m.loss = 2.5;
    m.lr = 0.05;
    m.trainTop1 = 0.25;
    m.trainTop3 = 0.5;
    m.imagesPerSecond = 64;
    return m;
}

EpochMetrics someEpoch() {
    EpochMetrics m;
    m.stage = 2;
    m.stageName = "val fine-tune";
    m.epoch = 1;
    m.globalEpoch = 27;
    m.step = 5400;
    m.loss = 1.125;
    m.lr = 2e-4;
    m.trainTop1 = 0.625;
    m.trainTop3 = 0.875;
    m.valTop1 = 0.1;  // not exact in binary: the text must still round-trip it
    m.valTop3 = 1.0 / 3;
    m.evalSet = "minival";
    m.imagesPerSecond = 310.5;
    m.dataWaitShare = 0.0625;
    m.seconds = 93.75;
    m.badImages = 3;
    m.valBadImages = 1;
    return m;
}

template <class Metrics>
Metrics readBack(const std::string& line) {
    const auto record = parseMetricsLine(line);
    if (!record || !std::holds_alternative<Metrics>(*record)) return Metrics{};
    return std::get<Metrics>(*record);
}

}  // namespace

class TestRunFolder : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    std::string tmp(const std::string& name) const {
        return dir_.path().toStdString() + "/" + name;
    }

  private slots:
    void everyPath() {
        const RunFolder run("/runs/a");
        QCOMPARE(run.dir(), std::string("/runs/a"));
        QCOMPARE(run.name(), std::string("a"));
        QCOMPARE(RunFolder("runs/a/").name(), std::string("a"));
        QCOMPARE(run.config(), std::string("/runs/a/config.json"));
        QCOMPARE(run.metrics(), std::string("/runs/a/metrics.jsonl"));
        QCOMPARE(run.lock(), std::string("/runs/a/.lock"));
        QCOMPARE(run.badImages(), std::string("/runs/a/bad_images.tsv"));
        QCOMPARE(run.checkpoints(), std::string("/runs/a/checkpoints"));
        QCOMPARE(run.bestCheckpoint(), std::string("/runs/a/checkpoints/best.pt"));
        QCOMPARE(run.lastCheckpoint(), std::string("/runs/a/checkpoints/last.pt"));
        QCOMPARE(run.epochCheckpoint(7), std::string("/runs/a/checkpoints/epoch-007.pt"));
        QCOMPARE(run.epochCheckpoint(1234), std::string("/runs/a/checkpoints/epoch-1234.pt"));
        QCOMPARE(run.predictions(), std::string("/runs/a/predictions"));
        QCOMPARE(run.valPredictions(), std::string("/runs/a/predictions/val.csv"));
        QCOMPARE(run.valTopk(), std::string("/runs/a/predictions/val.topk.csv"));
        QCOMPARE(run.features(), std::string("/runs/a/predictions/features.bin"));
    }

    void runOfACheckpointOrPredictions() {
        const RunFolder run("/runs/a");
        for (const std::string& file : {run.bestCheckpoint(), run.epochCheckpoint(3)})
            QCOMPARE(RunFolder::ofCheckpoint(file)->dir(), run.dir());
        for (const std::string& file : {run.valPredictions(), run.valTopk(), run.features()})
            QCOMPARE(RunFolder::ofPredictions(file)->dir(), run.dir());
        // A checkpoint outside a checkpoints folder has no run, nor has a predictions file
        // outside a predictions folder.
        QVERIFY(!RunFolder::ofCheckpoint("/runs/a/best.pt"));
        QVERIFY(!RunFolder::ofCheckpoint("/runs/a/checkpoints/../best.pt"));
        QVERIFY(!RunFolder::ofCheckpoint(run.valPredictions()));
        QVERIFY(!RunFolder::ofCheckpoint(""));
        QVERIFY(!RunFolder::ofPredictions("/tmp/val.csv"));
        QVERIFY(!RunFolder::ofPredictions(run.bestCheckpoint()));
        // A relative path is taken from the working folder, and "." steps do not matter.
        QCOMPARE(RunFolder::ofCheckpoint("runs/b/./checkpoints/x.pt")->dir(),
                 (fs::current_path() / "runs/b").string());
        QCOMPARE(RunFolder::ofPredictions("/runs/c/predictions/val.csv")->name(), std::string("c"));
    }

    void epochCheckpointNames() {
        QCOMPARE(RunFolder::epochOfCheckpointName("epoch-007.pt"), 7);
        QCOMPARE(RunFolder::epochOfCheckpointName("epoch-1234.pt"), 1234);
        for (const char* name : {"epoch-.pt", "epoch-000.pt", "epoch-7.pt.tmp", "epoch-x.pt",
                                 "epoch--1.pt", "epoch- 1.pt", "last.pt", "epoch-99999999999.pt"})
            QCOMPARE(RunFolder::epochOfCheckpointName(name), 0);
    }

    void newestEpochAndResumePoint() {
        const RunFolder run(tmp("resume"));
        QCOMPARE(run.newestEpochCheckpoint(), std::string());  // no folder yet
        QCOMPARE(run.resumeCheckpoint(), std::string());
        for (const char* name : {"epoch-002.pt", "epoch-010.pt", "epoch-9.pt", "epoch-011.pt.tmp7",
                                 "best.pt", "notes.txt"})
            writeText(run.checkpoint(name), "x");
        QCOMPARE(run.newestEpochCheckpoint(), run.epochCheckpoint(10));
        QCOMPARE(run.resumeCheckpoint(), run.epochCheckpoint(10));  // last.pt lost
        writeText(run.lastCheckpoint(), "x");
        QCOMPARE(run.resumeCheckpoint(), run.lastCheckpoint());
    }

    void recordsOnDiskArePinned() {
        // The format of existing run folders: keys sorted, compact, numbers as JSON numbers.
        QCOMPARE(metricsLine(toJson(someStep())),
                 std::string(R"({"batch":7,"epoch":2,"images_per_second":64.0,"loss":2.5,)"
                             R"("lr":0.05,"stage":1,"step":120,"train_top1":0.25,)"
                             R"("train_top3":0.5,"type":"step"})"));
        EpochMetrics e = someEpoch();
        e.valTop1 = 0.5;
        e.valTop3 = 0.75;
        QCOMPARE(metricsLine(toJson(e)),
                 std::string(R"({"bad_images":3,"data_wait_share":0.0625,"epoch":1,)"
                             R"("eval_set":"minival","global_epoch":27,)"
                             R"("images_per_second":310.5,"loss":1.125,"lr":0.0002,)"
                             R"("seconds":93.75,"stage":2,"stage_name":"val fine-tune",)"
                             R"("step":5400,"train_top1":0.625,"train_top3":0.875,)"
                             R"("type":"epoch","val_bad_images":1,"val_top1":0.5,)"
                             R"("val_top3":0.75})"));
    }

    void stepRecordRoundTrip() {
        StepMetrics m = someStep();
        m.stageName = "head";  // not logged
        m.batches = 40;        // not logged
        const StepMetrics back = readBack<StepMetrics>(metricsLine(toJson(m)));
        QCOMPARE(back.step, m.step);
        QCOMPARE(back.stage, m.stage);
        QCOMPARE(back.epoch, m.epoch);
        QCOMPARE(back.batch, m.batch);
        QCOMPARE(back.loss, m.loss);
        QCOMPARE(back.lr, m.lr);
        QCOMPARE(back.trainTop1, m.trainTop1);
        QCOMPARE(back.trainTop3, m.trainTop3);
        QCOMPARE(back.imagesPerSecond, m.imagesPerSecond);
        QCOMPARE(back.stageName, std::string());
        QCOMPARE(back.batches, int64_t(0));
    }

    void epochRecordRoundTrip() {
        EpochMetrics m = someEpoch();
        m.totalEpochs = 30;  // not logged: config.json has it
        const EpochMetrics back = readBack<EpochMetrics>(metricsLine(toJson(m)));
        QCOMPARE(back.stage, m.stage);
        QCOMPARE(back.stageName, m.stageName);
        QCOMPARE(back.epoch, m.epoch);
        QCOMPARE(back.globalEpoch, m.globalEpoch);
        QCOMPARE(back.step, m.step);
        QCOMPARE(back.loss, m.loss);
        QCOMPARE(back.lr, m.lr);
        QCOMPARE(back.trainTop1, m.trainTop1);
        QCOMPARE(back.trainTop3, m.trainTop3);
        QCOMPARE(back.valTop1, m.valTop1);  // exactly, not just nearly
        QCOMPARE(back.valTop3, m.valTop3);
        QCOMPARE(back.evalSet, m.evalSet);
        QCOMPARE(back.imagesPerSecond, m.imagesPerSecond);
        QCOMPARE(back.dataWaitShare, m.dataWaitShare);
        QCOMPARE(back.seconds, m.seconds);
        QCOMPARE(back.badImages, m.badImages);
        QCOMPARE(back.valBadImages, m.valBadImages);
        QCOMPARE(back.totalEpochs, 0);
    }

    void lenientRecords() {
        // Extra keys (the trainer adds comm_share to data-parallel epochs) are ignored; missing
        // or mistyped fields keep their defaults; integers may be written as fractions; a
        // number too large for its field is not converted (that would be undefined).
        const auto e = readBack<EpochMetrics>(
            R"({"type":"epoch","global_epoch":4.0,"val_top1":"high","comm_share":0.1,)"
            R"("step":3.33e84,"bad_images":-2,"stage_name":7})");
        QCOMPARE(e.globalEpoch, 4);
        QCOMPARE(e.valTop1, 0.0);
        QCOMPARE(e.step, int64_t(0));
        QCOMPARE(e.badImages, int64_t(-2));
        QCOMPARE(e.stageName, std::string());
        QCOMPARE(readBack<StepMetrics>(R"({"type":"step","epoch":9999999999})").epoch, 0);
        for (const char* line : {"", "{", "[1,2]", "42", R"({"type":"pause","step":1})",
                                 R"({"step":10})", R"({"type":3})"})
            QVERIFY2(!parseMetricsLine(line), line);
    }

    void tailOfAGrowingFile() {
        const RunFolder run(tmp("growing"));
        const std::string step = metricsLine(toJson(someStep())) + "\n";
        const std::string epoch = metricsLine(toJson(someEpoch())) + "\n";
        MetricsTail t = readMetricsTail(run, 0);  // no file yet
        QCOMPARE(t.offset, int64_t(0));
        QVERIFY(t.steps.empty() && t.epochs.empty());

        // A half-written line waits for the next call.
        writeText(run.metrics(), step + epoch.substr(0, 20));
        t = readMetricsTail(run, 0);
        QCOMPARE(t.offset, int64_t(step.size()));
        QCOMPARE(t.steps.size(), size_t(1));
        QCOMPARE(t.steps[0].loss, 2.5);
        QVERIFY(t.epochs.empty());

        // Completed, it is read from where the last call stopped.
        writeText(run.metrics(), step + epoch);
        t = readMetricsTail(run, t.offset);
        QCOMPARE(t.offset, int64_t(step.size() + epoch.size()));
        QVERIFY(t.steps.empty());
        QCOMPARE(t.epochs.size(), size_t(1));
        QCOMPARE(t.epochs[0].globalEpoch, 27);
        QCOMPARE(t.epochs[0].evalSet, std::string("minival"));

        // Nothing new: nothing read, the offset stays.
        t = readMetricsTail(run, t.offset);
        QCOMPARE(t.offset, int64_t(step.size() + epoch.size()));
        QVERIFY(t.steps.empty() && t.epochs.empty());

        // A resume cut the file back: followed from its new end.
        writeText(run.metrics(), step);
        t = readMetricsTail(run, int64_t(step.size() + epoch.size()));
        QCOMPARE(t.offset, int64_t(step.size()));
        QVERIFY(t.steps.empty() && t.epochs.empty());
    }

    void garbageLinesAreSkipped() {
        const RunFolder run(tmp("garbage"));
        const std::string step = metricsLine(toJson(someStep()));
        writeText(run.metrics(), step + "\n{\"type\":\"step\",\"ste\n\n\x01\xff garbage\n" + step +
                                     "\n" + metricsLine(toJson(someEpoch())) + "\n");
        const MetricsTail t = readMetricsTail(run, 0);
        QCOMPARE(t.steps.size(), size_t(2));
        QCOMPARE(t.epochs.size(), size_t(1));
        QCOMPARE(t.offset, int64_t(fs::file_size(run.metrics())));
    }

    void aFifoIsNotOpened() {
        const RunFolder run(tmp("fifo"));
        fs::create_directories(run.dir());
        QVERIFY(fixtures::makeFifo(run.metrics()));
        MetricsTail t;
        t.offset = -1;
        QVERIFY(fixtures::finishesWithin(10, run.metrics(), [&] { t = readMetricsTail(run, 0); }));
        QCOMPARE(t.offset, int64_t(0));
        QVERIFY(t.steps.empty() && t.epochs.empty());
    }

    void summaryOfARun() {
        const RunFolder run(tmp("runs/good"));
        TrainConfig c = TrainConfig::preset("quick-cpu");
        c.stages[0].epochs = 5;
        writeText(run.config(), c.toJson());
        EpochMetrics e = someEpoch();
        std::string metrics;
        for (const double top1 : {0.25, 0.5, 0.375}) {
            e.globalEpoch += 1;
            e.valTop1 = top1;
            metrics += metricsLine(toJson(e)) + "\n";
        }
        e.globalEpoch -= 1;  // logged twice: a resume after a kill that followed the log line
        metrics += metricsLine(toJson(e)) + "\n{\"type\":\"epoch\",\"global";
        writeText(run.metrics(), metrics);
        writeText(run.bestCheckpoint(), "x");
        // The time is metrics.jsonl's (the run's last sign of life), not config.json's.
        const auto fileNow = fs::file_time_type::clock::now();
        fs::last_write_time(run.config(), fileNow - std::chrono::hours(2));
        fs::last_write_time(run.metrics(), fileNow - std::chrono::hours(1));
        const auto expected = std::chrono::system_clock::now() - std::chrono::hours(1);

        const RunSummary s = readRunSummary(run);
        QCOMPARE(s.dir, run.dir());
        QCOMPARE(s.error, std::string());
        QCOMPARE(s.configJson, c.toJson());
        QCOMPARE(s.config.totalEpochs(), 5);
        QCOMPARE(s.epochsDone, 30);
        QCOMPARE(s.bestTop1, 0.5);
        QVERIFY(s.hasBest);
        QVERIFY(!s.hasLast);
        QVERIFY(s.modified > expected - std::chrono::minutes(1));
        QVERIFY(s.modified < expected + std::chrono::minutes(1));
    }

    void summaryOfABrokenRun() {
        const RunFolder run(tmp("runs/broken"));
        writeText(run.config(), "{not json");
        const RunSummary s = readRunSummary(run);
        QVERIFY(s.error.find(run.config()) != std::string::npos);  // names the file
        QCOMPARE(s.configJson, std::string("{not json"));
        QCOMPARE(s.epochsDone, 0);
        QCOMPARE(s.bestTop1, -1.0);
        QVERIFY(!s.hasBest && !s.hasLast);
        QVERIFY(s.modified != std::chrono::system_clock::time_point{});  // config.json's

        const RunSummary none = readRunSummary(RunFolder(tmp("runs/missing")));
        QVERIFY(none.error.find("no such file") != std::string::npos);
        QVERIFY(none.modified == std::chrono::system_clock::time_point{});
    }

    void scanNewestFirst() {
        const std::string root = tmp("scan");
        const auto now = fs::file_time_type::clock::now();
        int age = 3;
        for (const char* name : {"old", "newer", "newest"}) {
            const RunFolder run(root + "/" + name);
            writeText(run.config(), TrainConfig::preset("quick-cpu").toJson());
            fs::last_write_time(run.config(), now - std::chrono::hours(age--));
        }
        writeText(root + "/.hidden/config.json", "{}");
        fs::create_directories(root + "/not-a-run");
        writeText(root + "/config.json", "{}");  // a file beside the runs, not a run
        const std::vector<RunSummary> runs = scanRunFolders(root);
        QCOMPARE(runs.size(), size_t(3));
        QCOMPARE(RunFolder(runs[0].dir).name(), std::string("newest"));
        QCOMPARE(RunFolder(runs[1].dir).name(), std::string("newer"));
        QCOMPARE(RunFolder(runs[2].dir).name(), std::string("old"));
        QVERIFY(scanRunFolders(tmp("no-such-root")).empty());
    }

    void truncateKeepsWhatAResumeHasDone() {
        // metrics.jsonl cut back to a checkpoint at step 20, after global epoch 1.
        const RunFolder run(tmp("truncate"));
        std::string text;
        StepMetrics s = someStep();
        EpochMetrics e = someEpoch();
        for (const int64_t step : {10, 20, 30}) {
            s.step = step;
            text += metricsLine(toJson(s)) + "\n";
        }
        for (const int epoch : {1, 2}) {
            e.globalEpoch = epoch;
            text += metricsLine(toJson(e)) + "\n";
        }
        text += "{\"type\":\"step\"}\n{\"type\":\"ep\n";  // no step; cut short
        writeText(run.metrics(), text);
        QCOMPARE(truncateMetrics(run.dir(), 20, 1), 4);  // step 30, epoch 2, two broken lines
        const MetricsTail t = readMetricsTail(run);
        QCOMPARE(t.steps.size(), size_t(2));
        QCOMPARE(t.steps[1].step, int64_t(20));
        QCOMPARE(t.epochs.size(), size_t(1));
        QCOMPARE(t.epochs[0].globalEpoch, 1);
    }
};

QTEST_GUILESS_MAIN(TestRunFolder)
#include "test_runfolder.moc"
