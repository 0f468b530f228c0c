// The training defects an adversarial probe found (issue 13), each as it was reproduced:
// a corrupt checkpoint is refused by name (predict, --init, --resume); one process trains in a
// run folder at a time; a kill's leftovers (temporary files, metrics of an epoch the checkpoint
// does not have) are cleaned on resume so each epoch is recorded once; a stop mid-epoch keeps
// the epoch's running sums; bad train and val images are named and counted alike; a failed
// start leaves no folder; an output never overwrites an input.

#include <signal.h>

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code;
    QString out, err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(TAXA_CLI_PATH), args);
    if (!p.waitForFinished(600000)) return {-1, {}, "timed out"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList train(const QString& data, const QString& run, int epochs = 2) {
    return {"train",     "--dataset", data,
            "--out",     run,         "--preset",
            "quick-cpu", "--crop",    "32",
            "--resize",  "37",        "--batch-size",
            "4",         "--epochs",  QString::number(epochs),
            "--threads", "1",         "--loader-threads",
            "1",         "--quiet"};
}

QStringList records(const QString& run, const char* type) {
    QFile f(run + "/metrics.jsonl");
    f.open(QIODevice::ReadOnly);
    QStringList out;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.contains(QByteArray("\"type\":\"") + type + "\"")) out << QString::fromUtf8(line);
    return out;
}

double field(const QString& record, const QString& name) {
    const int at = record.indexOf("\"" + name + "\":");
    return record.mid(at + name.size() + 3).section(QRegularExpression("[,}]"), 0, 0).toDouble();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

}  // namespace

class TestRunGuard : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_, done_;

  private slots:
    void initTestCase() {
        data_ = dir_.path() + "/data";
        Run r = cli({"demo", "--out", data_, "--species", "14", "--max-train", "10", "--image-size",
                     "48", "--seed", "9"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        done_ = dir_.path() + "/done";
        r = cli(train(data_, done_));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void corruptCheckpointIsRefusedByName() {
        const QString good = done_ + "/checkpoints/best.pt";
        const QString bad = dir_.path() + "/corrupt.pt";
        QFile::copy(good, bad);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 200; ++i)  // the last three quarters, where the weights are
            bytes[int(bytes.size() / 4 + rng->bounded(bytes.size() * 3 / 4))] ^= char(0x5A);
        f.seek(0);
        f.write(bytes);
        f.close();
        Run r = cli(
            {"predict", "--dataset", data_, "--checkpoint", bad, "--out", dir_.path() + "/p.csv"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("corrupt.pt") && r.err.contains("checksum"), qPrintable(r.err));
        r = cli(train(data_, dir_.path() + "/init") << "--init" << bad);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("checksum"), qPrintable(r.err));
        // A resume from a corrupt last.pt stops too.
        const QString run = dir_.path() + "/corruptresume";
        QVERIFY(QDir().mkpath(run + "/checkpoints"));
        QFile::copy(done_ + "/config.json", run + "/config.json");
        QFile::copy(bad, run + "/checkpoints/last.pt");
        r = cli({"train", "--dataset", data_, "--resume", run});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("last.pt") && r.err.contains("checksum"), qPrintable(r.err));
    }

    void oneProcessTrainsInAFolderAtATime() {
        const QString run = dir_.path() + "/busy";
        QProcess first;
        first.start(TAXA_CLI_PATH, train(data_, run, 50));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(run + "/config.json"), 120000);
        const Run second = cli({"train", "--dataset", data_, "--resume", run});
        const qint64 holder = first.processId();  // 0 once it has ended
        ::kill(pid_t(holder), SIGTERM);
        QVERIFY(first.waitForFinished(120000));
        QCOMPARE(second.code, 1);
        QVERIFY2(second.err.contains("another process is training"), qPrintable(second.err));
        QVERIFY2(second.err.contains("(pid " + QString::number(holder) + ")"),
                 qPrintable(second.err));
    }

    void resumeCleansWhatAKillLeft() {
        // As a kill -9 during a checkpoint write and after an epoch record leaves it.
        const QString run = dir_.path() + "/killed";
        QVERIFY(QDir().mkpath(run));
        for (const QString& f : QDir(done_).entryList(QDir::Files))
            QFile::copy(done_ + "/" + f, run + "/" + f);
        QVERIFY(QDir().mkpath(run + "/checkpoints"));
        QFile::copy(done_ + "/checkpoints/epoch-001.pt", run + "/checkpoints/last.pt");
        write(run + "/checkpoints/epoch-002.pt.tmp4242", "half a checkpoint");
        write(run + "/checkpoints/last.pt.tmp", "half a link");
        QFile m(run + "/metrics.jsonl");
        QVERIFY(m.open(QIODevice::Append));
        m.write("{\"type\":\"epoch\",\"global_epoch\":2,\"step\":");  // cut short
        m.close();
        const Run r = cli({"train", "--dataset", data_, "--resume", run, "--quiet"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(run + "/checkpoints/epoch-002.pt.tmp4242"));
        QVERIFY(!QFile::exists(run + "/checkpoints/last.pt.tmp"));
        const QStringList epochs = records(run, "epoch");
        QCOMPARE(epochs.size(), 2);
        QVERIFY(epochs[0].contains("\"global_epoch\":1,") &&
                epochs[1].contains("\"global_epoch\":2,"));
        QStringList steps = records(run, "step");
        steps.removeDuplicates();
        QCOMPARE(steps.size(), records(run, "step").size());
        // And it ends where the uninterrupted run ended.
        QCOMPARE(field(epochs[1], "loss"), field(records(done_, "epoch")[1], "loss"));
    }

    void aStoppedEpochKeepsItsRunningSums() {
        const QString run = dir_.path() + "/stopped";
        QProcess p;
        p.start(TAXA_CLI_PATH, train(data_, run));
        // Stop in the middle of the first epoch (a step record every 10 steps).
        QTRY_VERIFY_WITH_TIMEOUT(records(run, "step").size() >= 1, 240000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(records(run, "epoch").isEmpty());
        const Run r = cli({"train", "--dataset", data_, "--resume", run, "--quiet"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList mine = records(run, "epoch"), theirs = records(done_, "epoch");
        QCOMPARE(mine.size(), 2);
        for (const char* f : {"loss", "train_top1", "train_top3", "val_top1"})
            QCOMPARE(field(mine[0], f), field(theirs[0], f));
    }

    void badImagesAreNamedAndCountedAlike() {
        // One train and one val image made unreadable, in a copy of the data.
        const QString data = dir_.path() + "/baddata";
        QVERIFY(QProcess::execute("cp", {"-r", data_, data}) == 0);
        QStringList jpegs;
        QDirIterator it(data, {"*.jpg"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            jpegs << it.next();
        jpegs.sort();
        QFile train2018(data + "/val2018.json");
        QVERIFY(train2018.open(QIODevice::ReadOnly));
        const QByteArray val = train2018.readAll();
        QString trainBad, valBad;
        for (const QString& j : jpegs) {
            const QByteArray rel = QDir(data).relativeFilePath(j).toUtf8();
            if (val.contains(rel) && valBad.isEmpty()) valBad = j;
            if (!val.contains(rel) && trainBad.isEmpty() && !j.contains("test2018")) trainBad = j;
        }
        write(trainBad, "");                     // empty
        write(valBad, "this is not a picture");  // text
        const QString run = dir_.path() + "/badrun";
        const Run r = cli(train(data, run, 1));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("1 train image could not be used"), qPrintable(r.out));
        QVERIFY2(r.out.contains("1 val image could not be used"), qPrintable(r.out));
        const QString epoch = records(run, "epoch").value(0);
        QCOMPARE(field(epoch, "bad_images"), 1.0);
        QCOMPARE(field(epoch, "val_bad_images"), 1.0);
        QFile report(run + "/bad_images.tsv");
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString tsv = QString::fromUtf8(report.readAll());
        QVERIFY2(tsv.contains(QFileInfo(trainBad).fileName()) && tsv.contains("empty"),
                 qPrintable(tsv));
        QVERIFY2(tsv.contains(QFileInfo(valBad).fileName()) && tsv.contains("\nval\t"),
                 qPrintable(tsv));
    }

    void aFailedStartLeavesNothing() {
        const QString run = dir_.path() + "/failed";
        Run r = cli(train(data_, run) << "--init"
                                      << "/nope.pt");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("/nope.pt"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(run));
        r = cli(train(data_, run) << "--device"
                                  << "cuda");  // no CUDA here
        QCOMPARE(r.code, 1);
        // One line naming why (a CPU-only LibTorch, or no driver or device for a CUDA one).
        QVERIFY2(r.err.startsWith("taxa-cli train: device cuda asked for, but "),
                 qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(run));
        // The corrected retry is a new run, not "already holds a run".
        r = cli(train(data_, run, 1));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A folder of other files is not taken over.
        const QString other = dir_.path() + "/other";
        QVERIFY(QDir().mkpath(other));
        write(other + "/notes.txt", "mine");
        r = cli(train(data_, other, 1));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("holds other files"), qPrintable(r.err));
        QCOMPARE(QDir(other).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{"notes.txt"});
        // What a start killed before its config was written leaves (its lock file and an empty
        // checkpoints/) does not stand in the way of starting again; a checkpoint would.
        const QString killed = dir_.path() + "/killed-at-start";
        QVERIFY(QDir().mkpath(killed + "/checkpoints"));
        write(killed + "/.lock", "12345");
        r = cli(train(data_, killed, 1));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(killed + "/checkpoints/last.pt"));
        const QString kept = dir_.path() + "/kept";
        QVERIFY(QDir().mkpath(kept + "/checkpoints"));
        write(kept + "/checkpoints/epoch-001.pt", "weights");
        r = cli(train(data_, kept, 1));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("holds other files (checkpoints)"), qPrintable(r.err));
    }

    void anOutputNeverOverwritesAnInput() {
        const QString ck = done_ + "/checkpoints/best.pt";
        const QByteArray before = [&] {
            QFile f(ck);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Run r = cli({"predict", "--dataset", data_, "--checkpoint", ck, "--out", ck});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("is also an input"), qPrintable(r.err));
        QFile f(ck);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestRunGuard)
#include "test_runguard.moc"
