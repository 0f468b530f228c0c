// Saliency: the covariance head's gradient is a linear map of the centred feature at each
// location (so Grad-CAM's spatially averaged weights vanish there) while the average head's
// is the same everywhere; evidence planted in one quadrant is found there through both heads;
// on a real checkpoint and image the logits are the ones predict() turns into probabilities,
// the view is its centre crop, and the average head's map sums to the logit difference; a
// model whose class A reads only a photo's top-left cell lights that cell alone, through the
// engine's whole path from the JPEG.
// Features for look-alikes are the same view's pooled features, unit length in half
// precision, projected deterministically when wider than asked, and cancellable.

// LibTorch before Qt: Qt's `slots` macro breaks LibTorch headers.
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <map>

#include "dataset/DatasetLoader.h"
#include "dataset/DemoGenerator.h"
#include "eval/EvidenceMap.h"
#include "eval/Features.h"
#include "eval/InferenceModel.h"
#include "eval/NearestNeighbours.h"
#include "eval/Predictor.h"
#include "eval/Saliency.h"
#include "image/CropGeometry.h"
#include "image/ImageFile.h"
#include "image/JpegWriter.h"
#include "image/Transform.h"
#include "model/Checkpoint.h"
#include "model/CovPool.h"
#include "model/ResNet.h"
#include "train/TrainConfig.h"
#include "util/Error.h"
#include "util/Rng.h"
#include "util/SafePath.h"

using namespace taxa;

namespace {

constexpr int64_t kSide = 8, kQuadrant = 4;

// Share of the map's positive mass in the top-left quadrant.
double topLeftShare(const torch::Tensor& map) {
    const torch::Tensor p = map.clamp_min(0);
    return (p.slice(0, 0, kQuadrant).slice(1, 0, kQuadrant).sum() / p.sum()).item<double>();
}

torch::Tensor topLeftMask() {
    torch::Tensor m = torch::zeros({kSide, kSide});
    m.slice(0, 0, kQuadrant).slice(1, 0, kQuadrant).fill_(1);
    return m;
}

ModelConfig tinyModel(const std::string& head) {
    ModelConfig m;
    m.arch = "resnet18";
    m.head = head;
    m.classes = 3;
    m.covDim = 16;
    return m;
}

}  // namespace

class TestSaliency : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string data_, checkpoint_;
    Dataset ds_;
    TrainConfig run_;

    std::string save(ResNetImpl& net, const char* name) {
        CheckpointMeta meta;
        meta.model = run_.model;
        meta.runConfig = run_.toJson();
        for (const auto& c : ds_.categories)
            meta.categoryIds.push_back(c.id);
        const std::string path = dir_.path().toStdString() + "/" + name;
        saveCheckpoint(path, net, nullptr, meta);
        return path;
    }

  private slots:
    void initTestCase() {
        data_ = dir_.path().toStdString() + "/data";
        DemoOptions o;
        o.out = data_;
        o.plan.species = 14;
        o.plan.maxTrain = 2;
        o.plan.testPerSpecies = 1;
        o.imageSide = 96;
        generateDemo(o);
        ds_ = loadDataset(data_);
        run_ = TrainConfig::preset("quick-cpu");
        run_.model.classes = static_cast<int>(ds_.categories.size());
        torch::manual_seed(7);
        ResNet net(run_.model);
        checkpoint_ = save(*net, "model.pt");
    }

    void covarianceGradientIsCentredFeature() {
        // y = w . iSQRT-COV(x): dy/dx at each location = M x_centred for one d x d matrix M.
        torch::manual_seed(1);
        const int64_t d = 6, positions = 30;
        const auto opts = torch::TensorOptions().dtype(torch::kDouble);
        const torch::Tensor x = (torch::rand({1, d, positions}, opts) + 0.1).requires_grad_(true);
        const torch::Tensor w = torch::randn({d * (d + 1) / 2}, opts);
        const torch::Tensor g = torch::autograd::grad({(isqrtCov(x, 3)[0] * w).sum()}, {x})[0][0];
        const torch::Tensor xc = (x[0] - x[0].mean(1, true)).detach();
        // Least squares M = G Xc^T (Xc Xc^T)^-1, then the fit must be exact.
        const torch::Tensor m = g.mm(xc.t()).mm(torch::inverse(xc.mm(xc.t())));
        const double rms = g.pow(2).mean().sqrt().item<double>();
        QVERIFY(rms > 1e-6);
        QVERIFY((g - m.mm(xc)).abs().max().item<double>() < 1e-9 * rms * positions);
        // Hence Grad-CAM's channel weights (the spatial mean of the gradient) vanish...
        QVERIFY(g.mean(1).abs().max().item<double>() < 1e-9 * rms);
        // ...while in front of the average head they are the whole gradient.
        const torch::Tensor xa = x.detach().clone().requires_grad_(true);
        const torch::Tensor wa = torch::randn({d}, opts);
        const torch::Tensor ga = torch::autograd::grad({(xa[0].mean(1) * wa).sum()}, {xa})[0][0];
        QVERIFY(torch::allclose(ga.mean(1), wa / positions));
    }

    void plantedEvidenceAverageHead() {
        // Class A and B weigh the first 256 channels alike; only A reads the last 256, which
        // are lit in the top-left quadrant alone: the map is their sum there / 64, 0 elsewhere.
        torch::manual_seed(2);
        ResNet net(tinyModel("avg"));
        net->eval();
        torch::Tensor f = torch::rand({1, 512, kSide, kSide}) * 0.5;
        f.slice(1, 256, 512).mul_(topLeftMask());
        {
            const torch::NoGradGuard noGrad;
            net->fc->weight[1].slice(0, 0, 256).copy_(net->fc->weight[0].slice(0, 0, 256));
            net->fc->weight[0].slice(0, 256, 512).fill_(1);
            net->fc->weight[1].slice(0, 256, 512).zero_();
        }
        const Evidence e = evidenceAt(*net, f, 0, 1);
        const torch::Tensor expected = f[0].slice(0, 256, 512).sum(0) / double(kSide * kSide);
        QVERIFY(torch::allclose(e.map, expected, 1e-4, 1e-6));
        QCOMPARE(topLeftShare(e.map), 1.0);
        const torch::Tensor b = net->fc->bias.detach();
        QVERIFY(std::abs(e.logitA - e.logitB - e.map.sum().item<float>() -
                         (b[0] - b[1]).item<float>()) < 1e-4f);
    }

    void plantedEvidenceCovarianceHead() {
        // A's weights are the pooled difference that a pattern in the top-left quadrant makes
        // over the background, B's are zero: the evidence for A over B must fall there.
        torch::manual_seed(3);
        ResNet net(tinyModel("mpncov"));
        net->eval();
        auto cov = std::dynamic_pointer_cast<CovPoolImpl>(net->named_children()["cov"]);
        QVERIFY(cov);
        const torch::Tensor background = torch::rand({1, 512, kSide, kSide}) * 0.2;
        const torch::Tensor pattern = torch::rand({1, 512, 1, 1});
        const torch::Tensor f = background + pattern * topLeftMask();
        {
            const torch::NoGradGuard noGrad;
            const torch::Tensor w = cov->forward(f)[0] - cov->forward(background)[0];
            net->fc->weight[0].copy_(w / w.norm());
            net->fc->weight[1].zero_();
            net->fc->weight[2].zero_();
        }
        const Evidence e = evidenceAt(*net, f, 0, 1);
        qInfo("covariance head: %.3f of the positive evidence in the top-left quadrant",
              topLeftShare(e.map));
        QVERIFY(topLeftShare(e.map) > 0.75);  // a uniform map has 1/4
        // Without the pattern the same weights find less for A than with it.
        QVERIFY(evidenceAt(*net, background, 0, 1).logitA < e.logitA);
    }

    void imageMatchesPrediction() {
        PredictOptions o;
        o.checkpoints = {checkpoint_};
        o.k = static_cast<int>(ds_.categories.size());  // every class's probability
        const PredictionSet p = predict(ds_, Split::Val, o);
        ResNet net(run_.model);
        loadCheckpoint(checkpoint_, *net, nullptr, run_.model);
        const torch::Tensor bias = net->fc->bias.detach();
        std::map<int64_t, size_t> indexOf;
        for (size_t i = 0; i < ds_.images.size(); ++i)
            indexOf[ds_.images[i].id] = i;
        int checked = 0;
        for (const Prediction& row : p.rows) {
            const size_t image = indexOf.at(row.imageId);
            SaliencyRequest r{checkpoint_, image, -1, -1, "cpu"};
            const SaliencyMap top = saliency(ds_, r);
            QCOMPARE(top.classA, row.classes[0]);
            QCOMPARE(top.classB, -1);
            // quick-cpu: a 64 crop of the image resized to 73, seen by layer4 as 2 x 2.
            QCOMPARE(top.width, 2);
            QCOMPARE(top.height, 2);
            const Box box = centreCrop(top.sourceWidth, top.sourceHeight, 73, 64);
            QCOMPARE(top.boxX, box.x);
            QCOMPARE(top.boxWidth, box.w);
            QCOMPARE(top.boxHeight, box.h);
            // Scaled so that the strongest evidence is 1 (none: all 0).
            const float peak = *std::max_element(top.raw.begin(), top.raw.end());
            QCOMPARE(*std::max_element(top.values.begin(), top.values.end()),
                     peak > 0 ? 1.0f : 0.0f);
            for (size_t i = 0; i < top.raw.size(); ++i)
                QVERIFY(std::abs(top.values[i] -
                                 std::max(0.0f, top.raw[i]) / std::max(peak, 1e-30f)) < 1e-6f);

            r.classA = row.classes[1];
            r.classB = row.classes[2];
            const SaliencyMap pair = saliency(ds_, r);
            const double expected = std::log(double(row.scores[1]) / row.scores[2]);
            QVERIFY(std::abs(pair.logitA - pair.logitB - expected) < 1e-3);
            double sum = 0;
            for (float v : pair.raw)
                sum += v;
            const double biases = (bias[r.classA] - bias[r.classB]).item<double>();
            QVERIFY(std::abs(sum + biases - (pair.logitA - pair.logitB)) < 1e-4);
            ++checked;
        }
        QVERIFY(checked >= 14);
    }

    void featuresAreTheCentreViewPooled() {
        FeatureOptions o;
        o.checkpoint = checkpoint_;
        o.dims = 512;  // resnet18's width: no projection
        o.batchImages = 5;
        o.device = "cpu";
        const FeatureStore wide = computeFeatures(ds_, o);
        size_t trainVal = 0;
        for (const auto& im : ds_.images)
            trainVal += im.split != Split::Test;
        QCOMPARE(wide.count(), trainVal);
        QCOMPARE(wide.dims, 512);
        ResNet net(run_.model);
        loadCheckpoint(checkpoint_, *net, nullptr, run_.model);
        net->eval();
        TransformConfig t;
        t.crop = run_.crop;
        t.resize = run_.resize;
        const torch::NoGradGuard noGrad;
        for (size_t row : {size_t(0), wide.count() - 1}) {
            size_t image = 0;
            while (ds_.images[image].id != wide.imageIds[row] ||
                   uint8_t(ds_.images[image].split) != wide.splits[row])
                ++image;
            std::vector<uint8_t> bytes;
            readImageFile(joinInside(ds_.root, ds_.fileName(ds_.images[image])), bytes);
            torch::Tensor f = net->features(centreView(bytes, t)).mean({2, 3})[0];
            f = f / f.norm();
            const std::vector<float> got = featureRow(wide, row);
            const torch::Tensor stored = torch::from_blob(const_cast<float*>(got.data()),
                                                          {int64_t(got.size())}, torch::kFloat32);
            QVERIFY((stored - f).abs().max().item<float>() < 2e-3f);  // half precision
        }
        o.dims = 64;
        const FeatureStore narrow = computeFeatures(ds_, o);
        QCOMPARE(narrow.dims, 64);
        QCOMPARE(computeFeatures(ds_, o).values, narrow.values);  // a fixed projection
        o.seed = 5;
        QVERIFY(computeFeatures(ds_, o).values != narrow.values);
        int calls = 0;
        const ProgressFn stop = [&](const Progress&) { return ++calls < 2; };
        QVERIFY_THROWS_EXCEPTION(Cancelled, computeFeatures(ds_, o, stop));
    }

    void plantedCornerThroughTheEngine() {
        // A photo with a textured top-left corner on grey. A's weights are the part of the
        // top-left cell's features that the other three cells lack, B's are zero: A's logit
        // reads the top-left cell alone, and the map of the photo must light it alone.
        const int w = 96, h = 64;
        std::vector<uint8_t> rgb(size_t(w * h * 3), 110);
        Rng rng(4);
        for (int y = 0; y < h / 2; ++y)
            for (int x = 0; x < w / 2; ++x)
                for (int c = 0; c < 3; ++c)
                    rgb[size_t((y * w + x) * 3 + c)] = static_cast<uint8_t>(rng.below(256));
        size_t image = 0;
        while (ds_.images[image].split != Split::Val)
            ++image;
        const std::string file = joinInside(ds_.root, ds_.fileName(ds_.images[image]));
        const auto jpeg = encodeJpeg(rgb.data(), w, h, size_t(w) * 3, PixelOrder::Rgb, 95);
        std::ofstream(file, std::ios::binary)
            .write(reinterpret_cast<const char*>(jpeg.data()), std::streamsize(jpeg.size()));

        torch::manual_seed(5);
        ResNet net(run_.model);
        net->eval();
        TransformConfig t;
        t.crop = run_.crop;
        t.resize = run_.resize;
        std::vector<uint8_t> bytes;
        readImageFile(file, bytes);
        const torch::NoGradGuard noGrad;
        // 512 x 4: the cells of the 2 x 2 grid, row-major.
        const torch::Tensor f =
            net->features(centreView(bytes, t))[0].reshape({512, -1}).to(torch::kDouble);
        torch::Tensor a = f.select(1, 0).clone();
        std::vector<torch::Tensor> others;  // Gram-Schmidt over the other cells
        for (int64_t c = 1; c < 4; ++c) {
            torch::Tensor v = f.select(1, c).clone();
            for (const auto& o : others)
                v -= (v * o).sum() * o;
            others.push_back(v / v.norm());
        }
        for (const auto& o : others)
            a -= (a * o).sum() * o;
        net->fc->weight.zero_();
        net->fc->bias.zero_();
        net->fc->weight[0].copy_(a.to(torch::kFloat32));
        const SaliencyMap m = saliency(ds_, {save(*net, "planted.pt"), image, 0, 1, "cpu"});
        QCOMPARE(m.width, 2);
        QCOMPARE(m.height, 2);
        QCOMPARE(m.values[0], 1.0f);
        QVERIFY(m.raw[0] > 0);
        for (size_t i = 1; i < 4; ++i)
            QVERIFY2(std::abs(m.raw[i]) < 1e-3 * m.raw[0], qPrintable(QString::number(m.raw[i])));
    }

    void badRequestsAreOneLineErrors() {
        SaliencyRequest r{checkpoint_, ds_.images.size(), -1, -1, "cpu"};
        QVERIFY_THROWS_EXCEPTION(Error, saliency(ds_, r));
        r.image = 0;
        r.classB = static_cast<int32_t>(ds_.categories.size());
        QVERIFY_THROWS_EXCEPTION(Error, saliency(ds_, r));
        r.classB = -1;
        r.checkpoint = dir_.path().toStdString() + "/missing.pt";
        try {
            saliency(ds_, r);
            QFAIL("a missing checkpoint was accepted");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("missing.pt") != std::string::npos);
        }
    }
};

QTEST_GUILESS_MAIN(TestSaliency)
#include "test_saliency.moc"
