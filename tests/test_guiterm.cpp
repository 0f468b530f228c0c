// SIGTERM to the GUI while it trains (issue 13): the window closes as the user would close it,
// without a question: the run stops after its batch and saves last.pt, as `taxa-cli train`
// does. The real program, offscreen, on a small demo dataset, with its data folder in a
// temporary XDG_DATA_HOME.

#include <signal.h>

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestGuiTerm : public QObject {
    Q_OBJECT

  private slots:
    void sigtermSavesTheRun() {
        QTemporaryDir home;
        const QString data = home.path() + "/data";
        QVERIFY(QProcess::execute(TAXA_CLI_PATH, {"demo", "--out", data, "--species", "14",
                                                  "--max-train", "40", "--image-size", "48"}) == 0);
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_DATA_HOME", home.path() + "/share");
        env.insert("XDG_CONFIG_HOME", home.path() + "/config");
        app.setProcessEnvironment(env);
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
