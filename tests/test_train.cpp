// Training on a tiny demo dataset: it learns, stops within a batch, resumes exactly after a
// stop or a kill, refuses NaN, and starts from another dataset's checkpoint.

// LibTorch before Qt: Qt's `slots` macro breaks LibTorch headers.
#include <torch/torch.h>

#include <cmath>
#include <vector>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "dataset/DatasetLoader.h"
#include "dataset/DemoGenerator.h"
#include "model/Checkpoint.h"
#include "model/ResNet.h"
#include "train/RunFiles.h"
#include "train/Trainer.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/Tsv.h"

using namespace taxa;

namespace {

TrainConfig tiny() {
    TrainConfig c = TrainConfig::preset("quick-cpu");
    c.crop = 32;
    c.resize = 37;
    c.batchSize = 8;  // enough steps on ~170 images for val top-3 well above chance
    c.stages = {StageConfig{"train", "all", "train", 5, 0.05}};
    c.warmupEpochs = 0.2;
    // A tiny run's final val top-3 depends on the seed and on the platform's numerics: seeds 1-8
    // ended between 0.55 and 0.93 on Debian 12 (LibTorch 1.13) and Debian 13 (LibTorch 2.6).
    // Seed 2 ended at 0.88 on both, far from the bound in learnsWellAboveChance.
    c.seed = 2;
    return c;
}

// The fewest hits in n tries that chance (p per try) reaches with probability under alpha:
// the smallest k with P(X >= k) < alpha for X ~ Binomial(n, p).
int chanceBound(int n, double p, double alpha) {
    std::vector<double> pmf(n + 1);
    for (int k = 0; k <= n; ++k)
        pmf[k] = std::exp(std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) +
                          k * std::log(p) + (n - k) * std::log1p(-p));
    double tail = 0;
    for (int k = n; k >= 0; --k) {
        if (tail + pmf[k] >= alpha) return k + 1;
        tail += pmf[k];
    }
    return 0;
}

std::map<std::string, torch::Tensor> weights(const std::string& checkpoint,
                                             const ModelConfig& model) {
    ResNet net(model);
    loadCheckpoint(checkpoint, *net, nullptr, model);
    std::map<std::string, torch::Tensor> out;
    for (const auto& p : net->named_parameters())
        out[p.key()] = p.value().clone();
    for (const auto& b : net->named_buffers())
        out[b.key()] = b.value().clone();
    return out;
}

bool sameWeights(const std::string& a, const std::string& b, const ModelConfig& model) {
    const auto wa = weights(a, model), wb = weights(b, model);
    for (const auto& [name, t] : wa)
        if (!torch::equal(t, wb.at(name))) return false;
    return true;
}

}  // namespace

class TestTrain : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string data_;
    Dataset ds_;
    Taxonomy tax_;

    std::string run(const char* name) const { return dir_.path().toStdString() + "/" + name; }

  private slots:
    // Issue 23, defect 16: a file name with a tab and two newlines made three rows.
    void badImagesTsvHasOneRowPerImage() {
        QTemporaryDir dir;
        const std::string name = "train/a\tb\nc\\d\n.jpg";
        taxa::appendBadImages(dir.path().toStdString(),
                              {{"train", 1, 7, name, "corrupt", "cannot decode\tit"}});
        QFile f(dir.filePath("bad_images.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().split('\n');
        QCOMPARE(rows.size(), 3);  // header, the image, the empty rest after the last newline
        const QList<QByteArray> cells = rows[1].split('\t');
        QCOMPARE(cells.size(), 6);
        QCOMPARE(taxa::unescapeTsvField(cells[4].toStdString()), name);
        QCOMPARE(cells[5], QByteArray("cannot decode\\tit"));
    }

    void initTestCase() {
        data_ = run("data");
        DemoOptions o;
        o.out = data_;
        o.plan.species = 14;
        o.plan.minTrain = 8;
        o.plan.maxTrain = 16;
        o.plan.testPerSpecies = 0;
        o.imageSide = 48;
        generateDemo(o);
        ds_ = loadDataset(data_);
        tax_ = Taxonomy::build(ds_);
    }

    void learnsWellAboveChance() {
        Trainer t(ds_, tax_, tiny(), run("learn"));
        std::vector<EpochMetrics> epochs;
        TrainCallbacks cb;
        cb.onEpoch = [&](const EpochMetrics& m) { epochs.push_back(m); };
        const TrainResult r = t.run(cb);
        QVERIFY(r.finished);
        QCOMPARE(epochs.size(), size_t(tiny().stages[0].epochs));
        // "Well above chance": more val images in the top 3 than a guess (3 of 14 species) gets
        // right with probability under 1e-4; 21 of the demo's 42 val images, 0.5.
        QCOMPARE(chanceBound(42, 3.0 / 14, 1e-4), 21);  // P(X >= 21) 4.1e-5, P(X >= 20) 1.5e-4
        const int valImages = int(ds_.imageCount(Split::Val));
        const double bound = chanceBound(valImages, 3.0 / 14, 1e-4) / double(valImages);
        qInfo("val top-3 %.3f (bound %.3f, chance %.3f)", epochs.back().valTop3, bound, 3.0 / 14);
        QVERIFY2(r.bestTop1 >= 0 && epochs.back().valTop3 >= bound,
                 qPrintable(QString("val top-3 %1 < %2").arg(epochs.back().valTop3).arg(bound)));
        QVERIFY(epochs.back().loss < epochs.front().loss);
        // The run folder: config, one metrics line per epoch at least, checkpoints.
        QVERIFY(QFile::exists(QString::fromStdString(run("learn/config.json"))));
        QVERIFY(QFile::exists(QString::fromStdString(run("learn/checkpoints/epoch-003.pt"))));
        QVERIFY(QFile::exists(QString::fromStdString(run("learn/checkpoints/best.pt"))));
        const std::string metrics = readFile(run("learn/metrics.jsonl"));
        QCOMPARE(int(std::count(metrics.begin(), metrics.end(), '\n')) >= 3, true);
        QVERIFY(metrics.find("\"val_top3\"") != std::string::npos);
        QVERIFY(metrics.find("\"data_wait_share\"") != std::string::npos);
        // A second run into the same folder is refused.
        QVERIFY_THROWS_EXCEPTION(Error, Trainer(ds_, tax_, tiny(), run("learn")));
    }

    void cancelStopsWithinOneBatch() {
        Trainer t(ds_, tax_, tiny(), run("cancel"));
        int calls = 0;
        TrainCallbacks cb;
        cb.keepGoing = [&] { return ++calls < 3; };
        const TrainResult r = t.run(cb);
        QVERIFY(r.stopped);
        QCOMPARE(r.steps, int64_t(2));
        QVERIFY(QFile::exists(QString::fromStdString(run("cancel/checkpoints/last.pt"))));
    }

    void resumesExactlyAfterAStop() {
        TrainConfig c = tiny();
        c.stages[0].epochs = 2;
        c.sampler = "class-balanced";
        Trainer whole(ds_, tax_, c, run("whole"));
        QVERIFY(whole.run().finished);

        // Training leaves out a last, smaller batch.
        const int64_t batchesPerEpoch = ds_.imageCount(Split::Train) / c.batchSize;
        {
            // The stopped trainer goes (its lock on the run folder with it) before the resume.
            Trainer first(ds_, tax_, c, run("stopped"));
            int64_t calls = 0;
            TrainCallbacks stopMidEpoch2;
            stopMidEpoch2.keepGoing = [&] { return ++calls <= batchesPerEpoch + 3; };
            QVERIFY(first.run(stopMidEpoch2).stopped);
        }
        const CheckpointMeta stopped = readCheckpointMeta(run("stopped/checkpoints/last.pt"));
        // Three batches of the second epoch done: the position counts samples (over all ranks).
        const std::string samples = "\"samples\":" + std::to_string(3 * c.batchSize) + ",";
        QVERIFY2(stopped.metrics.find(samples) != std::string::npos, stopped.metrics.c_str());
        QVERIFY(stopped.metrics.find("\"epoch\":1") != std::string::npos);
        auto resumed = Trainer::resume(ds_, tax_, run("stopped"));
        QCOMPARE(resumed->config().toJson(), whole.config().toJson());
        const TrainResult rest = resumed->run();
        QVERIFY(rest.finished);
        // It continued: only the steps left after the stop, not a deterministic restart.
        QCOMPARE(rest.steps, 2 * batchesPerEpoch - (batchesPerEpoch + 3));
        QVERIFY(sameWeights(run("whole/checkpoints/epoch-002.pt"),
                            run("stopped/checkpoints/epoch-002.pt"), whole.config().model));
        QCOMPARE(readCheckpointMeta(run("stopped/checkpoints/epoch-002.pt")).samplerState,
                 readCheckpointMeta(run("whole/checkpoints/epoch-002.pt")).samplerState);

        // Issue 23, defect 21: without last.pt the run restarted from scratch beside
        // epoch-001.pt. It resumes from the newest epoch checkpoint instead.
        {
            Trainer first(ds_, tax_, c, run("lostlast"));
            int64_t calls = 0;
            TrainCallbacks stop;
            stop.keepGoing = [&] { return ++calls <= batchesPerEpoch + 3; };
            QVERIFY(first.run(stop).stopped);
        }
        QVERIFY(QFile::remove(QString::fromStdString(run("lostlast/checkpoints/last.pt"))));
        auto again = Trainer::resume(ds_, tax_, run("lostlast"));
        std::vector<std::string> lines;
        TrainCallbacks cb;
        cb.onLog = [&](const std::string& line) { lines.push_back(line); };
        const TrainResult fromEpoch = again->run(cb);
        QVERIFY(fromEpoch.finished);
        QCOMPARE(fromEpoch.steps, batchesPerEpoch);
        QVERIFY(!lines.empty() && lines[0].find("Resuming from") == 0 &&
                lines[0].find("epoch-001.pt") != std::string::npos);
        QVERIFY(sameWeights(run("whole/checkpoints/epoch-002.pt"),
                            run("lostlast/checkpoints/epoch-002.pt"), whole.config().model));
    }

    // A checkpoint's run position indexes the run's stages: a forged one (a stage of -1, an
    // epoch of 1e300, a tally of text) is one line naming the checkpoint, not an index out of
    // bounds or a conversion with undefined behaviour.
    void resumeRefusesAForgedPosition() {
        TrainConfig c = tiny();
        {
            Trainer first(ds_, tax_, c, run("forged"));
            int64_t calls = 0;
            TrainCallbacks stop;
            stop.keepGoing = [&] { return ++calls <= 2; };
            QVERIFY(first.run(stop).stopped);
        }
        const std::string last = run("forged/checkpoints/last.pt");
        const ModelConfig model = readCheckpointMeta(last).model;
        ResNet net(model);
        const CheckpointMeta genuine = loadCheckpoint(last, *net, nullptr, model);
        QVERIFY(genuine.metrics.find("\"position\"") != std::string::npos);
        for (const char* position :
             {R"({"stage":-1})", R"({"stage":7})", R"({"stage":1e300})", R"({"epoch":-2})",
              R"({"samples":-8})", R"({"stage":"0"})", R"({"tally":{"seen":1e300}})", "[]"}) {
            CheckpointMeta forged = genuine;
            forged.metrics = std::string(R"({"position":)") + position + "}";
            saveCheckpoint(last, *net, nullptr, forged);
            try {
                Trainer::resume(ds_, tax_, run("forged"));
                QFAIL(position);
            } catch (const Error& e) {
                const std::string why = e.what();
                QVERIFY2(why.rfind(last, 0) == 0 && why.find('\n') == std::string::npos,
                         why.c_str());
            }
        }
        // The genuine position still resumes.
        saveCheckpoint(last, *net, nullptr, genuine);
        QVERIFY(Trainer::resume(ds_, tax_, run("forged")) != nullptr);
    }

    void resumesAfterAKill() {
        const QString cli = QStringLiteral(TAXA_CLI_PATH);
        const QString out = QString::fromStdString(run("killed"));
        const QStringList args{"train",
                               "--dataset",
                               QString::fromStdString(data_),
                               "--out",
                               out,
                               "--preset",
                               "quick-cpu",
                               "--crop",
                               "32",
                               "--batch-size",
                               "16",
                               "--epochs",
                               "3",
                               "--seed",
                               "5",
                               "--quiet"};
        QProcess p;
        p.start(cli, args);
        QVERIFY(p.waitForStarted());
        // Kill -9 once the first epoch's checkpoint exists, mid-way through the second.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out + "/checkpoints/epoch-001.pt"), 120000);
        p.kill();
        p.waitForFinished();
        QVERIFY(!QFile::exists(out + "/checkpoints/epoch-003.pt"));
        QProcess resume;
        resume.start(
            cli, {"train", "--dataset", QString::fromStdString(data_), "--resume", out, "--quiet"});
        QVERIFY(resume.waitForFinished(300000));
        QCOMPARE(resume.exitCode(), 0);
        QVERIFY2(resume.readAllStandardOutput().contains("Finished"), "resumed run did not finish");
        QProcess whole;
        whole.start(cli, QStringList(args).replaceInStrings(out, out + "-whole"));
        QVERIFY(whole.waitForFinished(300000));
        QVERIFY(sameWeights(
            (out + "/checkpoints/epoch-003.pt").toStdString(),
            (out + "-whole/checkpoints/epoch-003.pt").toStdString(),
            TrainConfig::fromJson(readFile((out + "/config.json").toStdString())).model));
    }

    void nanLossStopsWithTheStep() {
        // A checkpoint full of NaN weights, as a diverged run would leave.
        TrainConfig c = tiny();
        c.model.classes = 14;
        ResNet poisoned(c.model);
        {
            torch::NoGradGuard noGrad;
            poisoned->fc->weight.fill_(std::numeric_limits<float>::quiet_NaN());
        }
        CheckpointMeta meta;
        meta.model = c.model;
        saveCheckpoint(run("nan.pt"), *poisoned, nullptr, meta);
        c.init = run("nan.pt");
        Trainer t(ds_, tax_, c, run("nan"));
        try {
            t.run();
            QFAIL("a NaN loss did not stop the run");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(
                         "loss became NaN at step 1 (stage 'train', epoch 1, batch 1)"),
                     e.what());
        }
    }

    void startsFromAnotherDatasetsCheckpoint() {
        // The 14-species run's weights initialise a run on a 16-species dataset.
        DemoOptions o;
        o.out = run("data16");
        o.plan.species = 16;
        o.plan.maxTrain = 8;
        o.plan.testPerSpecies = 0;
        o.imageSide = 48;
        generateDemo(o);
        const Dataset other = loadDataset(o.out);
        const Taxonomy otherTax = Taxonomy::build(other);
        TrainConfig c = tiny();
        c.init = run("learn/checkpoints/best.pt");
        c.maxStepsPerEpoch = 1;
        c.stages[0].epochs = 1;
        c.stages[0].lr = 1e-9;  // keep the backbone as it came
        Trainer t(other, otherTax, c, run("transfer"));
        std::string log;
        TrainCallbacks cb;
        cb.onLog = [&](const std::string& line) { log += line + "\n"; };
        QVERIFY(t.run(cb).finished);
        QVERIFY2(log.find("classifier re-initialised for 16 classes") != std::string::npos,
                 log.c_str());
        ModelConfig m14 = tiny().model, m16 = tiny().model;
        m14.classes = 14;
        m16.classes = 16;
        const auto before = weights(run("learn/checkpoints/best.pt"), m14);
        const auto after = weights(run("transfer/checkpoints/epoch-001.pt"), m16);
        QVERIFY(torch::allclose(before.at("layer2.0.conv1.weight"),
                                after.at("layer2.0.conv1.weight"), 1e-5, 1e-6));
        QCOMPARE(after.at("fc.weight").size(0), int64_t(16));
        // Resuming a run on another dataset is refused.
        QVERIFY_THROWS_EXCEPTION(Error, Trainer::resume(other, otherTax, run("learn")));
    }
};

QTEST_GUILESS_MAIN(TestTrain)
#include "test_train.moc"
