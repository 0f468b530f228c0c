// The engine boundary as a user meets it: taxa-cli starts without LibTorch or OpenCV's
// imgcodecs, every command has its --help, --version answers, and without the engine module
// the dataset commands still work while training and prediction say why in one line.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/Engine.h"
#include "util/BlasLibrary.h"

namespace {

struct Run {
    int code;
    QString out, err;
};

Run cli(const QStringList& args, const QString& engine = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!engine.isEmpty()) env.insert("TAXA_ENGINE", engine);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TAXA_CLI_PATH), args);
    if (!p.waitForFinished(120000)) return {-1, {}, "timed out"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kMissing = QStringLiteral("/nonexistent/libtaxa_engine.so");

}  // namespace

class TestEngineBoundary : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

  private slots:
    void initTestCase() {
        const Run r = cli({"demo", "--out", dir_.path(), "--species", "14", "--max-train", "6",
                           "--image-size", "48"},
                          kMissing);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void programLinksNeitherLibTorchNorImgcodecs() {
        QProcess ldd;
        ldd.start("ldd", {TAXA_CLI_PATH});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libs.contains("libc.so"), qPrintable(libs));  // ldd did list libraries
        QVERIFY2(!libs.contains("libtorch"), qPrintable(libs));
        QVERIFY2(!libs.contains("libc10"), qPrintable(libs));
        QVERIFY2(!libs.contains("opencv_imgcodecs"), qPrintable(libs));
    }

    void versionAndHelp_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("version") << QStringList{"--version"} << "taxa-cli 0.1.0";
        QTest::newRow("help") << QStringList{"--help"} << "Exit status:";
        QTest::newRow("demo") << QStringList{"demo", "--help"} << "--full-scale";
        QTest::newRow("stats") << QStringList{"stats", "--help"} << "--check-files";
        QTest::newRow("train") << QStringList{"train", "--help"} << "--sampler-q";
        QTest::newRow("predict") << QStringList{"predict", "--help"} << "--tta";
        QTest::newRow("evaluate") << QStringList{"evaluate", "--help"} << "--buckets";
        QTest::newRow("export") << QStringList{"export", "--help"} << "--checkpoint";
        QTest::newRow("map-features") << QStringList{"map-features", "--help"} << "--neighbours";
        QTest::newRow("bench") << QStringList{"bench", "pipeline", "--help"} << "--passes";
    }

    void versionAndHelp() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = cli(args, kMissing);  // none of these needs the engine
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void helpListsEveryTrainOption() {
        // The options train accepts are the ones its help lists (one definition for both).
        const Run r = cli({"train", "--help"});
        for (const char* o : {"--cov-dim", "--ns-iterations", "--sampler-q", "--schedule",
                              "--warmup", "--loader-threads", "--quiet", "--init", "--resume"})
            QVERIFY2(r.out.contains(o), o);
    }

    void manPageComesFromTheSameDefinitions() {
        const Run r = cli({"--man-page"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(".TH TAXA-CLI 1"));
        for (const char* o : {"\\-\\-sampler\\-q", "\\-\\-loader\\-threads", ".SS bench pipeline",
                              ".SS export", "TAXA_ENGINE"})
            QVERIFY2(r.out.contains(o), o);
    }

    void datasetCommandsWorkWithoutTheEngine() {
        const Run stats = cli({"stats", "--dataset", dir_.path(), "--json"}, kMissing);
        QVERIFY2(stats.code == 0, qPrintable(stats.err));
        QVERIFY(stats.out.contains("\"supercategories\""));
    }

    void trainingAndPredictionSayWhyInOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("train") << QStringList{"train", "--dataset", dir_.path(), "--out",
                                              dir_.path() + "/run"};
        QTest::newRow("predict") << QStringList{
            "predict", "--dataset", dir_.path(),           "--checkpoint",
            "x.pt",    "--out",     dir_.path() + "/p.csv"};
    }

    void trainingAndPredictionSayWhyInOneLine() {
        QFETCH(QStringList, args);
        const Run r = cli(args, kMissing);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("ML engine") && r.err.contains(kMissing), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(dir_.path() + "/run"));  // nothing written before the engine
    }

    void aFileThatIsNoEngineIsRefused() {
        const QString fake = dir_.path() + "/libtaxa_engine.so";
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an ELF file");
        f.close();
        const Run r = cli({"train", "--dataset", dir_.path(), "--out", dir_.path() + "/run"}, fake);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("could not be loaded"), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void usageErrorsExitWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("unknown option") << QStringList{"stats", "--frob"} << "--frob";
        QTest::newRow("missing option") << QStringList{"stats"} << "--dataset";
        QTest::newRow("no command") << QStringList{} << "subcommand";
        QTest::newRow("bad choice")
            << QStringList{"train", "--dataset", "d", "--out", "r", "--sampler", "foo"} << "foo";
        QTest::newRow("nan") << QStringList{"train", "--dataset",   "d",  "--out",
                                            "r",     "--sampler-q", "nan"}
                             << "not a finite number";
        QTest::newRow("flag with resume")
            << QStringList{"train", "--dataset", "d", "--resume", "r", "--lr", "0.1"} << "--lr";
        QTest::newRow("neither out nor resume")
            << QStringList{"train", "--dataset", "d"} << "--out RUNDIR";
    }

    void usageErrorsExitWithTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = cli(args, kMissing);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }

    // The host must not pull LibTorch's BLAS in (that is the engine's cost), and the check
    // that warns about the slow reference BLAS tells it from the fast ones by where it lives.
    void theHostLoadsNoBlasAndTheBlasCheckKnowsTheReferenceOne() {
        QVERIFY(!taxa::engine::loaded());
        QCOMPARE(taxa::loadedBlasLibrary(), std::string());
        QCOMPARE(taxa::referenceBlasWarning(), std::string());
        QVERIFY(taxa::isReferenceBlas("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0"));
        QVERIFY(taxa::isReferenceBlas("/usr/lib/aarch64-linux-gnu/blas/libblas.so.3"));
        QVERIFY(!taxa::isReferenceBlas("/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3"));
        QVERIFY(!taxa::isReferenceBlas("/usr/lib/x86_64-linux-gnu/blis-pthread/libblas.so.3"));
        QVERIFY(!taxa::isReferenceBlas("/usr/lib/x86_64-linux-gnu/atlas/libblas.so.3.10.3"));
        QVERIFY(!taxa::isReferenceBlas("/opt/intel/oneapi/mkl/lib/libmkl_rt.so.2"));
        QVERIFY(!taxa::isReferenceBlas(""));
    }

    void hostSideReportsAMissingModule() {
        qputenv("TAXA_ENGINE", kMissing.toUtf8());
        QCOMPARE(taxa::engine::searchPaths(), std::vector<std::string>{kMissing.toStdString()});
        QVERIFY_THROWS_EXCEPTION(taxa::engine::Unavailable, taxa::engine::get());
        QVERIFY(!taxa::engine::loaded());
        qunsetenv("TAXA_ENGINE");
    }

    // --version names what the engine was built with, read from the module's file without
    // loading it; the engine, once loaded, agrees. (Last: it loads the engine.)
    void versionNamesTheEngineBuild() {
        const Run none = cli({"--version"}, kMissing);
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.contains("\nengine: not installed"), qPrintable(none.out));
        QDir(dir_.path()).mkpath("notelf");
        const QString fake = dir_.path() + "/notelf/libtaxa_engine.so";
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an ELF file");
        f.close();
        const Run bad = cli({"--version"}, fake);
        QCOMPARE(bad.code, 0);
        QVERIFY2(bad.out.contains("engine: " + fake + " is not a 64-bit ELF library"),
                 qPrintable(bad.out));
#ifdef TAXA_TEST_ENGINE_BUILT
        const Run r = cli({"--version"});
        QCOMPARE(r.code, 0);
        const taxa::engine::Info info = taxa::engine::get().info();
        const QString built =
            "engine: LibTorch " + QString::fromStdString(info.libtorchVersion) + ", ";
        QVERIFY2(r.out.contains(built), qPrintable(r.out));
        QCOMPARE(r.out.contains(", CUDA "), info.cudaBuilt);
        QCOMPARE(r.out.contains("CPU only"), !info.cudaBuilt);
        QCOMPARE(r.out.contains(", NCCL "), info.ncclBuilt);
        QVERIFY2(r.out.contains(QString::fromStdString(taxa::engine::loadedPath())),
                 qPrintable(r.out));
#endif
    }
};

QTEST_GUILESS_MAIN(TestEngineBoundary)
#include "test_engine_boundary.moc"
