// taxa-cli as scripts use it: `demo`, the `stats --json` schema, and one-line errors.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

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
                                         << 2 << "not in range 14 to 100000";
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
