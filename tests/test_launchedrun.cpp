// The Training panel with two processes, offscreen: the run goes through `taxa-cli train
// --nproc-per-node 2` and the panel follows its run folder (curves as metrics.jsonl has them,
// the log from the process); Stop sends SIGTERM and leaves a checkpoint that Resume continues
// from; closing the window stops and saves the launched run.

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "DemoFixture.h"
#include "MainWindow.h"
#include "jobs/LaunchedRun.h"
#include "models/RunListModel.h"
#include "views/training/PastRunsView.h"
#include "views/training/StageProgress.h"
#include "views/training/TrainConfigForm.h"
#include "views/training/TrainingCurves.h"
#include "views/training/TrainingPanel.h"

namespace {

// A tiny run on two processes of one thread each: 5 steps of 2 x 4 images per epoch.
void shrink(TrainConfigForm* form, int epochs) {
    taxa::TrainConfig c = form->config();
    c.crop = 32;
    c.resize = 37;
    c.batchSize = 4;
    c.threads = 1;
    c.loaderThreads = 1;
    c.stages[0].epochs = epochs;
    c.maxStepsPerEpoch = 5;
    form->setConfig(c);
    form->setProcesses(2);
}

// The records of a run's metrics.jsonl of one type, read here independently of the panel.
QList<QJsonObject> records(const QString& run, const QString& type) {
    QFile f(run + "/metrics.jsonl");
    QList<QJsonObject> out;
    if (!f.open(QIODevice::ReadOnly)) return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value("type").toString() == type) out << o;
    }
    return out;
}

QString statusOf(PastRunsView* runs, const QString& folder) {
    const int row = runs->model()->rowOf(folder);
    return row < 0 ? QString() : runs->model()->index(row, RunListModel::Status).data().toString();
}

// A checkpoint is a zip archive (torch.save's format): its end-of-directory record closes it.
bool wholeZip(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray bytes = f.readAll();
    return bytes.startsWith("PK\x03\x04") && bytes.right(1024).contains("PK\x05\x06");
}

}  // namespace

class TestLaunchedRun : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedDataset> data_;

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("TaxaWorkbenchTest");
        QSettings().clear();
        data_ = fixtures::demo(dir_);
        QVERIFY(QFileInfo(LaunchedRun::cliProgram()).isExecutable());
    }

    void commandLineCarriesTheDatasetAndForm() {
        TrainRequest r;
        r.data = data_;
        r.runDir = "/runs/a";
        const QString root = dir_.path() + "/demo";
        QCOMPARE(
            LaunchedRun::arguments(r, 3, "/tmp/c.json"),
            (QStringList{"train", "--dataset", root, "--layout", "inat2018", "--config",
                         "/tmp/c.json", "--out", "/runs/a", "--nproc-per-node", "3", "--quiet"}));
        r.resume = true;
        QCOMPARE(LaunchedRun::arguments(r, 2, {}),
                 (QStringList{"train", "--dataset", root, "--layout", "inat2018", "--resume",
                              "/runs/a", "--nproc-per-node", "2", "--quiet"}));
    }

    void twoProcessesFollowedThroughTheRunFolder() {
        TrainingPanel panel;
        panel.resize(1100, 750);
        panel.setRunsFolder(dir_.path() + "/runs");
        panel.setDataset(data_);
        shrink(panel.form(), 2);
        const QString run = dir_.path() + "/runs/two";
        panel.form()->setRunFolder(run);
        QSignalSpy ended(&panel, &TrainingPanel::runEnded);
        QVERIFY(panel.startTraining());
        QVERIFY(panel.isTraining() && panel.launched()->isRunning());
        QVERIFY(!panel.pauseButton()->isEnabled());  // the ranks cannot pause
        QVERIFY(panel.stopButton()->isEnabled());
        QVERIFY(ended.wait(240000));
        QVERIFY(!panel.isTraining());

        const QString log = panel.log()->toPlainText();
        QVERIFY2(log.contains("--nproc-per-node 2"), qPrintable(log));
        QVERIFY2(log.contains("as rank 0 of 2 (gloo)"), qPrintable(log));  // rank 0's output
        QVERIFY2(log.contains("Epoch 2/2") && log.contains("communicating"), qPrintable(log));
        QVERIFY(log.contains("Finished"));
        QVERIFY(panel.progress()->summary().startsWith("Finished"));
        // The curves hold exactly what the run folder logged.
        QCOMPARE(records(run, "epoch").size(), 2);
        QCOMPARE(panel.curves()->epochPoints(), 2);
        QCOMPARE(panel.curves()->stepPoints(), records(run, "step").size());
        QVERIFY(panel.curves()->stepPoints() >= 1);  // step 10 of 2 x 5
        QTRY_COMPARE(statusOf(panel.pastRuns(), run), QString("finished"));
    }

    void stopSavesAndResumeContinues() {
        TrainingPanel panel;
        panel.setRunsFolder(dir_.path() + "/runs");
        panel.setDataset(data_);
        shrink(panel.form(), 40);
        const QString run = dir_.path() + "/runs/stopped";
        panel.form()->setRunFolder(run);
        QSignalSpy ended(&panel, &TrainingPanel::runEnded);
        QVERIFY(panel.startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(panel.curves()->epochPoints() >= 1, 240000);
        panel.stopButton()->click();
        QVERIFY(ended.wait(120000));
        QVERIFY(panel.log()->toPlainText().contains("Stopped; resume it from Past runs"));
        QVERIFY(panel.progress()->summary().startsWith("Stopped"));
        QVERIFY(wholeZip(run + "/checkpoints/last.pt"));
        const int before = records(run, "epoch").size();
        QVERIFY(before >= 1 && before < 40);
        QTRY_COMPARE(statusOf(panel.pastRuns(), run), QString("stopped"));

        // Resume from the past runs, on two processes again.
        panel.pastRuns()->selectRun(run);
        QTRY_VERIFY(panel.pastRuns()->resumeButton()->isEnabled());
        panel.pastRuns()->resumeButton()->click();
        QVERIFY(panel.launched()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(panel.curves()->epochPoints() >= before + 1, 240000);
        panel.stopTraining();
        QVERIFY(ended.wait(120000));
        QVERIFY(wholeZip(run + "/checkpoints/last.pt"));
        // The epochs continue where the stop left them: 1, 2, ..., none repeated or skipped.
        const QList<QJsonObject> epochs = records(run, "epoch");
        QVERIFY(epochs.size() > before);
        for (int i = 0; i < epochs.size(); ++i)
            QCOMPARE(epochs[i].value("global_epoch").toInt(), i + 1);
        QCOMPARE(panel.curves()->epochPoints(), epochs.size());
        // So do the steps: logged every 10th, strictly increasing across the resume.
        const QList<QJsonObject> steps = records(run, "step");
        for (int i = 1; i < steps.size(); ++i)
            QVERIFY(steps[i].value("step").toInt() > steps[i - 1].value("step").toInt());
    }

    void failuresEndTheRunWithTheReason() {
        TrainingPanel panel;
        panel.setRunsFolder(dir_.path() + "/runs");
        panel.setDataset(data_);
        shrink(panel.form(), 1);
        QSignalSpy ended(&panel, &TrainingPanel::runEnded);
        // A folder the CLI cannot create: its one-line error becomes the run's.
        QFile blocker(dir_.path() + "/afile");
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        panel.form()->setRunFolder(dir_.path() + "/afile/run");
        QVERIFY(panel.startTraining());
        QVERIFY(ended.wait(120000));
        QVERIFY(!panel.isTraining() && panel.startButton()->isEnabled());
        QString log = panel.log()->toPlainText();
        QVERIFY2(log.contains(QRegularExpression("Training failed: taxa-cli train: .*cannot create "
                                                 "the run folder: Not a directory")),
                 qPrintable(log));
        // No taxa-cli where it is looked for.
        qputenv("TAXA_CLI", QByteArray("/nonexistent/taxa-cli"));
        panel.form()->setRunFolder(dir_.path() + "/runs/nocli");
        QVERIFY(panel.startTraining());
        qunsetenv("TAXA_CLI");
        QVERIFY(ended.wait(10000));
        QVERIFY(!panel.isTraining() && panel.startButton()->isEnabled());
        log = panel.log()->toPlainText();
        QVERIFY2(log.contains("Training failed: cannot start /nonexistent/taxa-cli"),
                 qPrintable(log));
    }

    void closingTheWindowStopsTheLaunchedRun() {
        MainWindow w;
        TrainingPanel* panel = w.trainingPanel();
        panel->setRunsFolder(dir_.path() + "/runs");
        panel->setDataset(data_);
        w.showTab(MainWindow::TrainingTab);
        w.show();
        shrink(panel->form(), 40);
        const QString run = dir_.path() + "/runs/closing";
        panel->form()->setRunFolder(run);
        QVERIFY(panel->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(panel->curves()->epochPoints() >= 1, 240000);
        QProcess* process = panel->launched()->process();
        w.closeWithoutAsking();  // as SIGTERM to the GUI does
        QVERIFY(!panel->isTraining());
        QCOMPARE(process->state(), QProcess::NotRunning);
        QCOMPARE(process->exitCode(), 0);  // stopped on SIGTERM, not killed
        QVERIFY(wholeZip(run + "/checkpoints/last.pt"));
    }
};

QTEST_MAIN(TestLaunchedRun)
#include "test_launchedrun.moc"
