// The Training panel offscreen: presets fill the form; Start trains a tiny run whose curves,
// stage progress and log fill in (replots coalesced); the past-runs list shows it with its
// config; a stopped run is offered for resuming and resumes; closing the main window during
// training asks, then stops and saves.

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "DemoFixture.h"
#include "MainWindow.h"
#include "WorkerRelay.h"
#include "jobs/TrainingSession.h"
#include "models/RunListModel.h"
#include "views/training/PastRunsView.h"
#include "views/training/StageProgress.h"
#include "views/training/TrainConfigForm.h"
#include "views/training/TrainingCurves.h"
#include "views/training/TrainingPanel.h"

namespace {

// Makes the form's run tiny: small crops, few steps, @p epochs epochs.
void shrink(TrainConfigForm* form, int epochs) {
    taxa::TrainConfig c = form->config();
    c.crop = 32;
    c.resize = 37;
    c.batchSize = 4;
    c.stages[0].epochs = epochs;
    c.maxStepsPerEpoch = 6;
    form->setConfig(c);
}

int rowOf(PastRunsView* runs, const QString& folder) {
    return runs->model()->rowOf(folder);
}

}  // namespace

class TestTrainingPanel : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedDataset> data_;

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("TaxaWorkbenchTest");
        QSettings().clear();
        data_ = fixtures::demo(dir_);
    }

    void presetsFillTheForm() {
        TrainConfigForm form;
        QCOMPARE(form.presetName(), QString("quick-cpu"));
        QCOMPARE(form.presetBox()->currentText(), QString("Quick CPU demo"));
        QCOMPARE(form.config().toJson(), taxa::TrainConfig::preset("quick-cpu").toJson());
        form.applyPreset("winner-2018");
        QCOMPARE(form.presetBox()->currentText(), QString("2018 winner recipe (GPU)"));
        const taxa::TrainConfig w = form.config();
        QCOMPARE(w.toJson(), taxa::TrainConfig::preset("winner-2018").toJson());
        QCOMPARE(form.findChild<QTableWidget*>()->rowCount(), 3);
        // An edit in the stage table reaches the config.
        form.findChild<QTableWidget*>()->item(1, 3)->setText("7");
        QCOMPARE(form.config().stages[1].epochs, 7);
        QVERIFY(form.runFolder().contains("taxa-workbench/runs/"));
    }

    void fitsBesideTheTaxonomy() {
        // With the taxonomy dock beside it the window must fit 1000 px (test_mainwindow checks it).
        TrainingPanel panel;
        QVERIFY2(panel.minimumSizeHint().width() <= 540,
                 qPrintable(QString::number(panel.minimumSizeHint().width())));
    }

    void trainsAndListsTheRun() {
        TrainingPanel panel;
        panel.resize(1100, 750);
        panel.setRunsFolder(dir_.path() + "/runs");
        panel.show();
        QVERIFY(!panel.startButton()->isEnabled());  // no dataset yet
        panel.setDataset(data_);
        QVERIFY(panel.startButton()->isEnabled());
        shrink(panel.form(), 2);
        panel.form()->setRunFolder(dir_.path() + "/runs/first");
        QSignalSpy changed(&panel, &TrainingPanel::trainingChanged);
        QSignalSpy ended(&panel, &TrainingPanel::runEnded);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(panel.startTraining());
        QVERIFY(panel.isTraining());
        QVERIFY(!panel.startButton()->isEnabled() && panel.stopButton()->isEnabled());
        QVERIFY(ended.wait(120000));
        const qint64 ms = clock.elapsed();
        QCOMPARE(ended.first().at(0).toString(), dir_.path() + "/runs/first");
        QVERIFY(!panel.isTraining());
        QCOMPARE(changed.size(), 2);

        // Curves: every step and every epoch, drawn in far fewer replots than steps.
        QTRY_COMPARE(panel.curves()->epochPoints(), 2);
        QCOMPARE(panel.curves()->stepPoints(), 12);
        // At most one replot per 200 ms tick (plus the first and the last).
        QVERIFY2(
            panel.curves()->replotCount() <= ms / 200 + 3,
            qPrintable(QString("%1 replots in %2 ms").arg(panel.curves()->replotCount()).arg(ms)));
        QCOMPARE(panel.progress()->eta().fraction(0), 1.0);
        QVERIFY(panel.progress()->summary().startsWith("Finished"));
        QVERIFY(panel.log()->toPlainText().contains("Epoch 2/2"));

        // The past runs: the run, finished, with its config; not resumable.
        PastRunsView* runs = panel.pastRuns();
        QTRY_VERIFY(rowOf(runs, dir_.path() + "/runs/first") >= 0);
        QTRY_COMPARE(runs->model()
                         ->index(rowOf(runs, dir_.path() + "/runs/first"), RunListModel::Status)
                         .data()
                         .toString(),
                     QString("finished"));
        const int row = rowOf(runs, dir_.path() + "/runs/first");
        QTRY_COMPARE(runs->selectedRun(), runs->model()->run(row).path);
        QVERIFY(runs->configView()->toPlainText().contains("\"crop\": 32") ||
                runs->configView()->toPlainText().contains("\"crop\":32"));
        QVERIFY(!runs->resumeButton()->isEnabled());
        // The form offers a fresh folder for the next run.
        QVERIFY(panel.form()->runFolder() != dir_.path() + "/runs/first");
    }

    void stoppedRunResumes() {
        TrainingPanel panel;
        panel.setRunsFolder(dir_.path() + "/runs");
        panel.setDataset(data_);
        shrink(panel.form(), 40);
        panel.form()->setRunFolder(dir_.path() + "/runs/second");
        QSignalSpy ended(&panel, &TrainingPanel::runEnded);
        const auto relay = fixtures::relayOf(panel.session()->worker());
        QSignalSpy steps(relay.get(), &TrainingWorker::steps);
        QVERIFY(panel.startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() > 0, 180000);
        panel.pauseButton()->click();
        QVERIFY(panel.session()->isPaused());
        QCOMPARE(panel.pauseButton()->text(), QString("&Continue"));
        panel.stopButton()->click();
        QVERIFY(ended.wait(90000));
        QVERIFY(panel.log()->toPlainText().contains("Stopped"));

        PastRunsView* runs = panel.pastRuns();
        const QString folder = dir_.path() + "/runs/second";
        QTRY_VERIFY(rowOf(runs, folder) >= 0 &&
                    runs->model()->index(rowOf(runs, folder), RunListModel::Status).data() ==
                        "stopped");
        runs->selectRun(folder);
        QVERIFY(runs->resumeButton()->isEnabled());
        QSignalSpy epochs(relay.get(), &TrainingWorker::epochDone);
        runs->resumeButton()->click();
        QVERIFY(panel.isTraining());
        QTRY_COMPARE(runs->model()->index(rowOf(runs, folder), RunListModel::Status).data(),
                     QVariant("training"));
        QVERIFY(!runs->resumeButton()->isEnabled());  // one run at a time
        QTRY_VERIFY_WITH_TIMEOUT(epochs.size() > 0, 180000);
        QTRY_VERIFY(panel.curves()->epochPoints() >= 1);  // the panel gets it queued
        panel.stopTraining();
        QVERIFY(ended.wait(90000));
    }

    void closingTheWindowAsksThenStops() {
        MainWindow w;
        w.trainingPanel()->setRunsFolder(dir_.path() + "/runs");
        w.trainingPanel()->setDataset(data_);
        w.showTab(MainWindow::TrainingTab);
        w.show();
        shrink(w.trainingPanel()->form(), 40);
        const QString folder = dir_.path() + "/runs/closing";
        w.trainingPanel()->form()->setRunFolder(folder);
        const auto relay = fixtures::relayOf(w.trainingPanel()->session()->worker());
        QSignalSpy steps(relay.get(), &TrainingWorker::steps);
        QVERIFY(w.trainingPanel()->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() > 0, 180000);

        // First "No": the window stays and training goes on.
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(100, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QVERIFY(!w.close());
        QVERIFY(w.trainingPanel()->isTraining());
        answer(QMessageBox::Yes);
        QVERIFY(w.close());
        QVERIFY(!w.trainingPanel()->session()->isRunning());
        QVERIFY(QFile::exists(folder + "/checkpoints/last.pt"));
    }
};

QTEST_MAIN(TestTrainingPanel)
#include "test_trainingpanel.moc"
