// The network prior's LibTorch side: the presence-only loss on hand-computed values, random
// places uniform over the sphere's area, the exported weights evaluated without LibTorch giving
// what the module gives, and a short training run that learns two places apart.

#include <torch/torch.h>  // before Qt, whose "slots" keyword LibTorch's headers use

#include <QtTest>
#include <cmath>

#include "GeoFixture.h"
#include "geo/GeoEval.h"
#include "geo/GeoNet.h"
#include "geo/GeoNetModule.h"
#include "geo/GeoPrior.h"
#include "util/Error.h"

using namespace taxa;
using namespace taxa::geo;

class TestGeoNet : public QObject {
    Q_OBJECT

  private slots:
    void lossOnHandComputedValues() {
        // One photo of class 1, K = 2. Sigmoids at the photo 0.5 and 0.75, at the random place
        // 0.25 and 0.5: photo terms -log(1 - 0.5) and -2 log(0.75) (the true class, weighted by
        // K), random terms -log(1 - 0.25) and -log(1 - 0.5); each pair averaged, then summed
        // (logs of x + 1e-5, as the authors').
        const torch::Tensor logits = torch::tensor({{0.0f, std::log(3.0f)}}).reshape({1, 2});
        const torch::Tensor random = torch::tensor({{std::log(1 / 3.0f), 0.0f}}).reshape({1, 2});
        const torch::Tensor classes = torch::tensor({int64_t(1)});
        QVERIFY(std::fabs(presenceOnlyLoss(logits, classes, random).item<double>() - 1.1246303) <
                1e-6);
        // A second photo, of class 0, with sigmoids (0.9, 0.5); random (0.5, 0.1).
        const torch::Tensor logits2 =
            torch::tensor({0.0f, std::log(3.0f), std::log(9.0f), 0.0f}).reshape({2, 2});
        const torch::Tensor random2 =
            torch::tensor({std::log(1 / 3.0f), 0.0f, 0.0f, std::log(1 / 9.0f)}).reshape({2, 2});
        const torch::Tensor classes2 = torch::tensor({int64_t(1), int64_t(0)});
        QVERIFY(std::fabs(presenceOnlyLoss(logits2, classes2, random2).item<double>() - 0.9878908) <
                1e-6);
    }

    void lossGradientPullsTheTrueClassUp() {
        torch::Tensor logits = torch::zeros({1, 3}, torch::requires_grad());
        const torch::Tensor loss =
            presenceOnlyLoss(logits, torch::tensor({int64_t(2)}), torch::zeros({1, 3}));
        loss.backward();
        const torch::Tensor g = logits.grad();
        // d/dz of -K log(sigmoid z) / 3 at 0 is -K/2/3 = -0.5; of -log(1 - sigmoid z) / 3 is 1/6.
        QVERIFY(std::fabs(g[0][2].item<double>() + 0.5) < 1e-4);
        QVERIFY(std::fabs(g[0][0].item<double>() - 1 / 6.0) < 1e-4);
    }

    void randomPlacesAreUniformOverTheSphere() {
        Rng rng(11);
        const torch::Tensor x = randomEncodedPoints(40000, rng);
        QCOMPARE(x.sizes().vec(), (std::vector<int64_t>{40000, 6}));
        // sin(pi lat) for lat = latitude / 90 is sin(2 latitude): |latitude| < 30 degrees is
        // |sin(pi lat)| < sin(60 degrees) with cos(pi lat) > 0. Uniform over the area puts half the
        // points there (sin 30 = 0.5); uniform in latitude would put a third.
        const torch::Tensor lat = torch::atan2(x.select(1, 1), x.select(1, 3)) / M_PI * 90;
        const double tropics = (lat.abs() < 30).to(torch::kFloat64).mean().item<double>();
        QVERIFY2(std::fabs(tropics - 0.5) < 0.01, qPrintable(QString::number(tropics)));
        QVERIFY(x.abs().max().item<float>() <= 1.0f);
    }

    void exportedWeightsEvaluateAsTheModule() {
        torch::manual_seed(3);
        GeoNet net(NetShape{16, 2, 5}, 0.5);
        net->eval();  // dropout off, as when predicting
        GeoFile f;
        f.kind = "network";
        f.categoryIds = {1, 2, 3, 4, 5};
        f.params = {{"hidden", 16}, {"blocks", 2}};
        exportWeights(net, f);
        const GeoPrior prior(parseGeoFile(serializeGeoFile(f), "net.geo"), "net.geo");
        std::vector<GeoPoint> points(7);
        for (size_t i = 0; i < points.size(); ++i) {
            points[i].lon = 0.3f * static_cast<float>(i) - 0.9f;
            points[i].lat = 0.1f * static_cast<float>(i) - 0.3f;
            points[i].date = 0.25f * static_cast<float>(i) - 0.75f;
        }
        std::vector<float> ours(points.size() * 5);
        prior.evaluate(points.data(), points.size(), ours.data());
        std::vector<float> in;
        for (const GeoPoint& p : points) {
            const Encoded e = encode(p);
            in.insert(in.end(), e.begin(), e.end());
        }
        const torch::Tensor theirs =
            torch::sigmoid(net->forward(torch::from_blob(in.data(), {7, 6}))).contiguous();
        for (size_t i = 0; i < ours.size(); ++i)
            QVERIFY2(std::fabs(ours[i] - theirs.data_ptr<float>()[i]) < 1e-5,
                     qPrintable(QString::number(i)));
    }

    void learnsTwoPlacesApart() {
        // The fixture's class 0 and 1 live at (10 N, 10 E), class 2 at (30 S, 100 E).
        const Dataset ds = geofixture::dataset();
        GeoTrainOptions o;
        o.epochs = 300;
        o.hidden = 32;
        o.blocks = 1;
        o.lr = 0.01;
        o.maxPerClass = 2;  // class 0 has three photos: two a epoch
        std::vector<GeoEpoch> epochs;
        GeoTrainCallbacks cb;
        cb.epochDone = [&](const GeoEpoch& e) { epochs.push_back(e); };
        const GeoFile f = trainGeoNetwork(ds, o, cb);
        QCOMPARE(epochs.size(), size_t(300));
        QCOMPARE(epochs.front().examples, int64_t(5));  // 2 + 1 + 2
        QVERIFY(std::fabs(epochs[1].lr - 0.01 * 0.98) < 1e-12);
        QCOMPARE(epochs.front().batchSize, 32);  // five photos: the smallest automatic batch
        GeoTrainOptions paper;
        QCOMPARE(autoBatchSize(paper, 437513), 1024);  // the paper's at full scale
        QCOMPARE(autoBatchSize(paper, 1366), 85);      // the demo: 16 steps an epoch
        paper.batchSize = 7;
        QCOMPARE(autoBatchSize(paper, 1366), 7);
        QVERIFY(epochs.back().loss < epochs.front().loss);
        const GeoPrior prior(f, "trained.geo");
        prior.requireFor(ds);
        const GeoEvaluation e = evaluatePrior(prior, ds, Split::Val);
        // Image 11 (class 2) lies where only class 2 lives; image 10 (class 1) shares its place
        // with the more frequent class 0, so only the top 3 is sure.
        QCOMPARE(e.images, int64_t(2));
        QVERIFY(e.geo.top1 >= 0.5);
        QCOMPARE(e.geo.top3, 1.0);
        GeoPoint south;
        south.lat = -29.8f / 90;
        south.lon = 100.2f / 180;
        float s[3];
        prior.evaluate(&south, 1, s);
        QVERIFY2(s[2] > s[0] && s[2] > s[1],
                 qPrintable(QString("%1 %2 %3").arg(s[0]).arg(s[1]).arg(s[2])));
    }

    void badOptionsAndNoLocationsAreRefused() {
        Dataset ds = geofixture::dataset();
        GeoTrainOptions o;
        o.epochs = 0;
        QVERIFY_THROWS_EXCEPTION(Error, trainGeoNetwork(ds, o));
        for (ImageRecord& im : ds.images)
            im.location = -1;
        QVERIFY_THROWS_EXCEPTION(Error, trainGeoNetwork(ds, GeoTrainOptions{}));
    }
};

QTEST_GUILESS_MAIN(TestGeoNet)
#include "test_geonet.moc"
