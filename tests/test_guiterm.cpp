// SIGTERM to the GUI while it trains (issue 13): the window closes as the user would close it,
// without a question: the run stops after its batch and saves last.pt, as `taxa-cli train`
// does. The real program, offscreen, on a small demo dataset, with its data folder in a
// temporary XDG_DATA_HOME.

#include <signal.h>

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The program runs offscreen, its settings and data folder in @p home.
void offscreen(QProcess& app, const QTemporaryDir& home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_DATA_HOME", home.path() + "/share");
    env.insert("XDG_CONFIG_HOME", home.path() + "/config");
    app.setProcessEnvironment(env);
}

}  // namespace

class TestGuiTerm : public QObject {
    Q_OBJECT

  private slots:
    // Issue 23, defects 10 and 14: a missing dataset path was called "cannot tell which part
    // of a dataset this is", and SIGTERM left the program alive behind that modal box.
    void sigtermEndsTheProgramBehindAnErrorBox() {
        QTemporaryDir home;
        QProcess app;
        offscreen(app, home);
        const QString missing = home.path() + "/no-such-dataset";
        app.start(TAXA_GUI_PATH, {missing});
        QVERIFY(app.waitForStarted());
        QByteArray err;
        // The box is up once its message is on stderr (written just before it opens).
        const QByteArray message = (missing + ": no such file or folder").toUtf8();
        QTRY_VERIFY2_WITH_TIMEOUT((err += app.readAllStandardError()).contains(message),
                                  err.constData(), 60000);
        QTest::qWait(500);  // into the box's event loop
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY2(app.waitForFinished(15000), "still running 15 s after SIGTERM");
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    }

    // Issue 23, defect 18: `--processes abc` trained on one process without a word.
    void badProcessCountIsRefused() {
        QTemporaryDir home;
        for (const QString& value : {QString("abc"), QString("0"), QString("2x")}) {
            QProcess app;
            offscreen(app, home);
            app.start(TAXA_GUI_PATH, {"--train", "quick-cpu", "--processes", value});
            QVERIFY(app.waitForFinished(60000));
            QCOMPARE(app.exitCode(), 2);
            const QByteArray err = app.readAllStandardError();
            QVERIFY2(err.contains("--processes: '" + value.toUtf8() + "' is not a number"),
                     err.constData());
        }
    }

    void sigtermSavesTheRun() {
        QTemporaryDir home;
        const QString data = home.path() + "/data";
        QVERIFY(QProcess::execute(TAXA_CLI_PATH, {"demo", "--out", data, "--species", "14",
                                                  "--max-train", "40", "--image-size", "48"}) == 0);
        QProcess app;
        offscreen(app, home);
        app.start(TAXA_GUI_PATH, {data, "--train", "quick-cpu"});
        QVERIFY(app.waitForStarted());
        const QString runs = home.path() + "/share/taxa-workbench/runs";
        // Wait until a step has been taken (a step record is written every 10 steps).
        auto stepped = [&] {
            QDirIterator it(runs, {"metrics.jsonl"}, QDir::Files, QDirIterator::Subdirectories);
            if (!it.hasNext()) return false;
            QFile f(it.next());
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("\"type\":\"step\"");
        };
        QTRY_VERIFY_WITH_TIMEOUT(stepped(), 300000);
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QDirIterator last(runs, {"last.pt"}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(last.hasNext(), "no last.pt after SIGTERM");
    }
};

QTEST_GUILESS_MAIN(TestGuiTerm)
#include "test_guiterm.moc"
