// taxa-cli as scripts use it: `demo`, the `stats --json` schema, `evaluate`'s calibration keys,
// and one-line errors.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "dataset/Minival.h"

#include "CliRun.h"

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

  private slots:
    void initTestCase() {
        const Run r = cli({"demo", "--out", dir_.path(), "--species", "14", "--max-train", "10",
                           "--image-size", "48", "--seed", "5"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Wrote 14 species"));
    }

    void statsJsonSchema() {
        const Run r = cli({"stats", "--dataset", dir_.path(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError err;
        const QJsonObject j = QJsonDocument::fromJson(r.out, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonArray supers = j["supercategories"].toArray();
        QCOMPARE(supers.size(), 14);
        qint64 classes = 0, train = 0, val = 0;
        for (const auto& v : supers) {
            const QJsonObject row = v.toObject();
            QVERIFY(row["name"].isString());
            QVERIFY(row["classes"].isDouble() && row["train"].isDouble() && row["val"].isDouble());
            classes += row["classes"].toInteger();
            train += row["train"].toInteger();
            val += row["val"].toInteger();
        }
        const QJsonObject totals = j["totals"].toObject();
        QCOMPARE(totals["classes"].toInteger(), classes);
        QCOMPARE(totals["train"].toInteger(), train);
        QCOMPARE(totals["val"].toInteger(), val);
        QCOMPARE(classes, 14);
        QCOMPARE(val, 42);
        QCOMPARE(totals["test"].toInteger(), 28);
        const QJsonObject tail = j["long_tail"].toObject();
        QCOMPARE(tail["min"].toInteger(), 2);
        QCOMPARE(tail["max"].toInteger(), 10);
        qint64 bucketed = tail["outside_buckets"].toInteger();
        for (const auto& b : tail["buckets"].toArray())
            bucketed += b.toObject()["species"].toInteger();
        QCOMPARE(bucketed, 14);
        QCOMPARE(j["taxonomy"].toObject()["species"].toInteger(), 14);
        QVERIFY(j["checks"].toObject()["run"].toArray().contains("photographers"));
        QVERIFY(j["checks"].toObject()["findings"].toArray().isEmpty());
    }

    void statsTextTable() {
        const Run r = cli({"stats", "--dataset", dir_.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("supercategory"));
        QVERIFY(r.out.contains("Split checks"));
        QVERIFY(r.out.contains("all passed"));
    }

    void evaluateCalibration() {
        // A top-k store for the demo's val split: every first guess at 0.9, right for every
        // other image (the truth second at 0.06 otherwise), so the one occupied bin gives
        // ECE = |accuracy - 0.9|. Alternating within minival and within the rest, so that both
        // are about half right.
        QFile val(dir_.path() + "/val2018.json");
        QVERIFY(val.open(QIODevice::ReadOnly));
        const QJsonObject v = QJsonDocument::fromJson(val.readAll()).object();
        QList<qint64> categories;
        for (const auto& c : v["categories"].toArray())
            categories << c.toObject()["id"].toInteger();
        QByteArray topk = "image_id,category_ids,scores\n", kaggle = "id,predicted\n";
        int images = 0, right = 0, seen[2] = {0, 0};
        for (const auto& a : v["annotations"].toArray()) {
            const qint64 truth = a.toObject()["category_id"].toInteger();
            QList<qint64> others;
            for (qint64 c : categories)
                if (c != truth && others.size() < 2) others << c;
            ++images;
            const bool hit = seen[taxa::inMinival(a.toObject()["image_id"].toInteger())]++ % 2 == 0;
            right += hit;
            const QList<qint64> order = hit ? QList<qint64>{truth, others[0], others[1]}
                                            : QList<qint64>{others[0], truth, others[1]};
            const QByteArray id = QByteArray::number(a.toObject()["image_id"].toInteger());
            const QByteArray cats = QByteArray::number(order[0]) + " " +
                                    QByteArray::number(order[1]) + " " +
                                    QByteArray::number(order[2]);
            topk += id + "," + cats + ",0.9 0.06 0.04\n";
            kaggle += id + "," + cats + "\n";
        }
        QFile f(dir_.path() + "/p.topk.csv"), k(dir_.path() + "/p.csv");
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(topk) == topk.size());
        QVERIFY(k.open(QIODevice::WriteOnly) && k.write(kaggle) == kaggle.size());
        f.close();
        k.close();
        Run r = cli({"evaluate", "--dataset", dir_.path(), "--predictions", f.fileName(), "--json",
                     "--temperature-scale"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const double expected = std::abs(double(right) / images - 0.9);
        QVERIFY(std::abs(j["ece"].toDouble() - expected) < 1e-6);
        for (const auto& b : j["buckets"].toArray())
            QVERIFY(b.toObject().contains("ece"));
        // Over-confident: the fitted temperature softens, and the rest of val gains.
        const QJsonObject t = j["temperature"].toObject();
        QVERIFY(t["value"].toDouble() > 1);
        QCOMPARE(t["fit_images"].toInteger() + t["held_out_images"].toInteger(), qint64(images));
        QVERIFY(t["ece_after"].toDouble() < t["ece_before"].toDouble());
        // Without scores: no "ece", and no temperature to fit.
        r = cli({"evaluate", "--dataset", dir_.path(), "--predictions", k.fileName(), "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out).object().contains("ece"));
        r = cli({"evaluate", "--dataset", dir_.path(), "--predictions", k.fileName(),
                 "--temperature-scale"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("needs scores") && r.err.count('\n') == 1, r.err.constData());
    }

    void badInputIsOneLine_data() {
        // Exit 1: the input is bad. Exit 2: the command line is (test_engine_boundary has more).
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no dataset") << QStringList{"stats", "--dataset", "/nonexistent"} << 1
                                    << "/nonexistent: not a folder";
        QTest::newRow("unknown option") << QStringList{"stats", "--frob"} << 2 << "--frob";
        QTest::newRow("missing option") << QStringList{"stats"} << 2 << "--dataset is required";
        QTest::newRow("bad number")
            << QStringList{"demo", "--out", "/tmp/x", "--species", "many"} << 2 << "many";
        QTest::newRow("too few species") << QStringList{"demo", "--out", "/tmp/x", "--species", "3"}
                                         // CLI11's wording: "14 to 100000" (Debian 12),
                                         // "[14 - 100000]" (Debian 13)
                                         << 2 << "--species: Value 3 not in range";
        QTest::newRow("bad bucket edge")
            << QStringList{"evaluate", "--dataset", dir_.path(), "--predictions",
                           "p.csv",    "--buckets", "2,x,10"}
            << 2 << "--buckets";
        QTest::newRow("fractional bucket edge")
            << QStringList{"evaluate", "--dataset", dir_.path(), "--predictions",
                           "p.csv",    "--buckets", "2,5.5,10"}
            << 2 << "5.5";
        QTest::newRow("decreasing bucket edges")
            << QStringList{"evaluate", "--dataset", dir_.path(), "--predictions",
                           "p.csv",    "--buckets", "10,5"}
            << 2 << "increasing edges";
        QTest::newRow("bad weight")
            << QStringList{"predict", "--dataset", dir_.path(), "--checkpoint", "x.pt",
                           "--out",   "p.csv",     "--weights", "1,abc"}
            << 2 << "abc";
        // Issue 13: files were written into /; a folder as predictions read as "empty file".
        QTest::newRow("demo into the root folder")
            << QStringList{"demo", "--out", "/", "--no-images", "--force"} << 1
            << "/: refusing to write taxa-cli demo output here";
        QTest::newRow("predictions naming a folder")
            << QStringList{"evaluate", "--dataset", dir_.path(), "--predictions", dir_.path()} << 1
            << dir_.path() + ": is a folder, not a regular file";
        QTest::newRow("unknown layout")
            << QStringList{"stats", "--dataset", dir_.path(), "--layout", "imagenet"} << 2
            << "--layout: imagenet not in {inat2017,inat2018,inat2019,inat2021,inat2021-mini,"
               "folders,cub,nabirds}";
        QTest::newRow("layout without its files")
            << QStringList{"evaluate", "--dataset",     dir_.path(), "--layout",
                           "nabirds",  "--predictions", "p.csv"}
            << 1
            << "no images.txt, image_class_labels.txt and hierarchy.txt (needed by the "
               "nabirds layout)";
        QTest::newRow("val fraction")
            << QStringList{"stats", "--dataset", dir_.path(), "--val-fraction", "1"} << 2
            << "--val-fraction";
        QTest::newRow("weights and checkpoints differ")
            << QStringList{"predict", "--dataset", dir_.path(), "--checkpoint", "x.pt",
                           "--out",   "p.csv",     "--weights", "1,2"}
            << 1 << "one weight per --checkpoint";
    }

    void badInputIsOneLine() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QCOMPARE(err.count('\n'), 1);
    }

    void demoWritesIntoAForeignFolderOnlyWhenForced() {
        QTemporaryDir other;
        QFile notes(other.path() + "/notes.txt");
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("mine") == 4);
        notes.close();
        const QStringList args{"demo", "--out", other.path(), "--no-images", "--species", "14"};
        Run r = cli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("holds files that taxa-cli demo did not write (such as "
                                "'notes.txt'); choose a new or empty folder, or use --force"),
                 r.err.constData());
        QVERIFY(!QFile::exists(other.path() + "/train2018.json"));
        r = cli(args + QStringList{"--force"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(other.path() + "/train2018.json"));
        QVERIFY(QFile::exists(other.path() + "/notes.txt"));
    }

    void otherLayoutsThroughTheSameCommands() {
        // The demo's 2018 files read as folders of classes: its image tree holds
        // train_val2018/<supercategory>/<id>/ with train and val mixed, so --layout folders on
        // train_val2018 draws val by the seeded fraction; stats says so.
        const Run r = cli({"stats", "--dataset", dir_.path() + "/train_val2018", "--layout",
                           "folders", "--val-fraction", "0.25", "--split-seed", "9", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const QJsonObject dataset = j["dataset"].toObject();
        QCOMPARE(dataset["layout"].toString(), QString("folders"));
        QCOMPARE(dataset["metric"].toString(), QString("top-1 error"));
        QCOMPARE(dataset["derived_split"].toObject()["val_fraction"].toDouble(), 0.25);
        QCOMPARE(dataset["derived_split"].toObject()["seed"].toInteger(), 9);
        QCOMPARE(j["totals"].toObject()["classes"].toInteger(), 14);
        // Classes sit one level below the supercategory folders: one rank, "level 1".
        QCOMPARE(j["taxonomy"].toObject().keys(), (QStringList{"class", "level 1"}));

        // The 2021 files, and their train_mini set by --layout.
        QTemporaryDir d21;
        QCOMPARE(cli({"demo", "--out", d21.path(), "--layout", "inat2021", "--species", "14",
                      "--max-train", "12", "--no-images"})
                     .code,
                 0);
        const Run full = cli({"stats", "--dataset", d21.path(), "--json"});
        const Run mini =
            cli({"stats", "--dataset", d21.path(), "--layout", "inat2021-mini", "--json"});
        QVERIFY2(full.code == 0 && mini.code == 0, (full.err + mini.err).constData());
        const QJsonObject jf = QJsonDocument::fromJson(full.out).object();
        const QJsonObject jm = QJsonDocument::fromJson(mini.out).object();
        QCOMPARE(jf["dataset"].toObject()["layout"].toString(), QString("2021"));
        QCOMPARE(jm["dataset"].toObject()["layout"].toString(), QString("2021-mini"));
        QVERIFY(jm["totals"].toObject()["train"].toInteger() <
                jf["totals"].toObject()["train"].toInteger());
        QCOMPARE(jm["totals"].toObject()["val"].toInteger(),
                 jf["totals"].toObject()["val"].toInteger());
    }

    void corruptAnnotationFile() {
        QTemporaryDir broken;
        QFile f(broken.path() + "/train2018.json");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"images\": [{\"id\": 1, \"width\": ");
        f.close();
        const Run r = cli({"stats", "--dataset", broken.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("taxa-cli stats: train2018.json: malformed JSON"),
                 r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
