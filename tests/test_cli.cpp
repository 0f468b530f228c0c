// taxa-cli as scripts use it: `demo`, the `stats --json` schema, `evaluate`'s calibration keys,
// and one-line errors.

#include <QtCore/qfloat16.h>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "dataset/Minival.h"

#include "CliRun.h"

#include <unistd.h>

namespace {

bool loadsAsDataset(const QString& dir) {
    return cli({"stats", "--dataset", dir}).code == 0;
}

}  // namespace

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
        // Every first guess at 0.9: the curve has one point, precision = recall = accuracy.
        const QJsonArray points = j["pr_curve"].toObject()["points"].toArray();
        QCOMPARE(points.size(), 1);
        QVERIFY(std::abs(points[0].toArray()[1].toDouble() - double(right) / images) < 1e-9);
        QVERIFY(std::abs(points[0].toArray()[2].toDouble() - double(right) / images) < 1e-9);
        qint64 predicted = 0, correct = 0;
        for (const auto& c : j["classes"].toArray()) {
            const QJsonObject o = c.toObject();
            predicted += o["predicted"].toInteger();
            correct += o["correct"].toInteger();
            QCOMPARE(o["recall"].toDouble(),
                     double(o["correct"].toInteger()) / o["images"].toInteger());
        }
        QCOMPARE(predicted, qint64(images));
        QCOMPARE(correct, qint64(right));
        QVERIFY(j["macro"].toObject().contains("f1"));
        // Without scores: no "ece", and no temperature to fit.
        r = cli({"evaluate", "--dataset", dir_.path(), "--predictions", k.fileName(), "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out).object().contains("ece"));
        QVERIFY(!QJsonDocument::fromJson(r.out).object().contains("pr_curve"));
        QVERIFY(QJsonDocument::fromJson(r.out).object().contains("classes"));
        r = cli({"evaluate", "--dataset", dir_.path(), "--predictions", k.fileName(),
                 "--temperature-scale"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("needs scores") && r.err.count('\n') == 1, r.err.constData());
    }

    void nearDuplicatesAndMapOfAStore() {
        // A feature store written here byte by byte (the documented format): a random vector
        // per train and val image, and one val image given a train image's vector plus a
        // little noise.
        QList<qint64> ids[2];
        for (int s = 0; s < 2; ++s) {
            QFile f(dir_.path() + (s ? "/val2018.json" : "/train2018.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const auto& im : QJsonDocument::fromJson(f.readAll()).object()["images"].toArray())
                ids[s] << im.toObject()["id"].toInteger();
        }
        constexpr int dims = 32;
        QRandomGenerator gen(9);
        QByteArray head = "TAXAFEAT", idBytes, splitBytes, values;
        std::vector<float> first;
        auto put = [](QByteArray& b, auto v) {
            b.append(reinterpret_cast<const char*>(&v), sizeof v);
        };
        for (int s = 0; s < 2; ++s)
            for (int i = 0; i < ids[s].size(); ++i) {
                put(idBytes, qint64(ids[s][i]));
                put(splitBytes, quint8(s));
                std::vector<float> v(dims);
                for (float& x : v)
                    x = float(gen.bounded(2.0) - 1);
                if (s == 0 && i == 0) first = v;
                if (s == 1 && i == 1)
                    for (int d = 0; d < dims; ++d)
                        v[size_t(d)] = first[size_t(d)] + float(gen.bounded(0.02) - 0.01);
                for (float x : v)
                    put(values, qfloat16(x));
            }
        put(head, quint32(1));
        put(head, quint32(dims));
        put(head, quint64(ids[0].size() + ids[1].size()));
        const QString store = dir_.path() + "/features.bin";
        QFile f(store);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(head + idBytes + splitBytes + values);
        f.close();
        Run r = cli({"stats", "--dataset", dir_.path(), "--near-duplicates", store, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray pairs =
            QJsonDocument::fromJson(r.out)["near_duplicates"]["pairs"].toArray();
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs[0]["a"].toInteger(), ids[0][0]);
        QCOMPARE(pairs[0]["b"].toInteger(), ids[1][1]);
        QVERIFY(pairs[0]["similarity"].toDouble() > 0.99);
        r = cli({"stats", "--dataset", dir_.path(), "--near-duplicates", store});
        QVERIFY(
            r.out.contains("Near-duplicates across splits by features (cosine >= 0.95): 1 pairs"));
        // The map goes beside the store, one position per image.
        r = cli({"map-features", "--features", store, "--epochs", "20", "--threads", "1"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QFileInfo(dir_.path() + "/features.map.bin").size(),
                 qint64(32 + 17 * (ids[0].size() + ids[1].size())));
        // A truncated store and a foreign file are one line naming them.
        QVERIFY(f.resize(f.size() - 5));
        for (const QStringList& args :
             {QStringList{"stats", "--dataset", dir_.path(), "--near-duplicates", store},
              QStringList{"map-features", "--features", store}}) {
            r = cli(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(store.toUtf8() + ": ") && r.err.count('\n') == 1,
                     r.err.constData());
        }
        r = cli({"map-features", "--features", dir_.path() + "/val2018.json"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("val2018.json: not a feature store") && r.err.count('\n') == 1,
                 r.err.constData());
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
            << 2 << "one weight per --checkpoint";
        // Issue 23, defects 19 and 20: exit 1 (or a silent wrap) for bad option values.
        QTest::newRow("val fraction nan")
            << QStringList{"stats", "--dataset", dir_.path(), "--val-fraction", "nan"} << 2
            << "'nan' is not a finite number";
        QTest::newRow("cell not dividing 180")
            << QStringList{"geo",    "train", "--dataset", dir_.path(), "--grid",
                           "--cell", "7",     "--out",     "x.geo"}
            << 2 << "'7' does not divide 180 degrees";
        QTest::newRow("bad tta") << QStringList{"predict",      "--dataset", dir_.path(),
                                                "--checkpoint", "x.pt",      "--out",
                                                "p.csv",        "--tta",     "centre+sideways"}
                                 << 2 << "--tta";
        QTest::newRow("negative demo seed")
            << QStringList{"demo", "--out", "/tmp/x", "--seed", "-1"} << 2 << "'-1' is negative";
        QTest::newRow("negative split seed")
            << QStringList{"stats", "--dataset", dir_.path(), "--split-seed", "-1"} << 2
            << "'-1' is negative";
        QTest::newRow("negative train seed")
            << QStringList{"train", "--dataset", dir_.path(), "--out", "/tmp/r", "--seed", "-5"}
            << 2 << "'-5' is negative";
        QTest::newRow("negative geo seed")
            << QStringList{"geo",   "train", "--dataset", dir_.path(),
                           "--out", "x.geo", "--seed",    "-1"}
            << 2 << "'-1' is negative";
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

    // Issue 23, defect 9: a class folder named in Latin-1 ended `--json` output with
    // "internal error: [json.exception.type_error.316]". Invalid bytes become U+FFFD.
    void jsonOutputSurvivesNamesThatAreNotUtf8() {
        QTemporaryDir d;
        const std::string root = d.path().toStdString(), latin1 = "caf\xe9";
        for (const std::string split : {"train/", "val/"})
            for (const std::string& cls : {std::string("a"), latin1}) {
                std::filesystem::create_directories(root + "/" + split + cls);
                std::ofstream(root + "/" + split + cls + "/0.jpg") << "x";
            }
        Run r = cli({"stats", "--dataset", d.path(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError err;
        QJsonDocument::fromJson(r.out, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QVERIFY2(r.out.contains("caf\xef\xbf\xbd"), r.out.constData());  // U+FFFD in UTF-8
        // Val images are ids 2 (a) and 3 (the Latin-1 class, category 1): both right.
        std::ofstream(root + "/p.csv") << "id,predicted\n2,0\n3,1\n";
        r = cli(
            {"evaluate", "--dataset", d.path(), "--predictions", d.path() + "/p.csv", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(j["top1_error"].toDouble(), 0.0);
    }

    // Issue 23, defect 2: --out naming the dataset's own annotation file overwrote it, directly
    // or through a hard link; commands without --dataset (export) too.
    void outputsNeverOverwriteTheDataset() {
        const QString d = dir_.path(), val = d + "/val2018.json", any = d + "/categories.json";
        QFile f(val);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QTemporaryDir other;
        const QString link = other.path() + "/renamed.json";
        QVERIFY(::link(val.toLocal8Bit().constData(), link.toLocal8Bit().constData()) == 0);
        const QList<QStringList> commands{
            {"predict", "--dataset", d, "--split", "val", "--checkpoint", any, "--out", val},
            {"predict", "--dataset", d, "--split", "val", "--checkpoint", any, "--out", link},
            {"features", "--dataset", d, "--checkpoint", any, "--out", d + "/train2018.json"},
            {"export", "--checkpoint", any, "--out", val},
            {"geo", "train", "--dataset", d, "--grid", "--out", val},
            {"geo", "train", "--dataset", d, "--grid", "--out", link}};
        for (const QStringList& args : commands) {
            const Run r = cli(args);
            QVERIFY2(r.code != 0 && r.err.contains("is also an input") && r.err.count('\n') == 1,
                     qPrintable(args.join(' ') + ": " + r.err));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(loadsAsDataset(d));
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
