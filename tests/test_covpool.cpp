// The iSQRT-COV head against REFERENCE.md's worked numbers, an eigendecomposition square root
// and finite-difference gradients, all in double precision.

#include <torch/torch.h>

#include <QtTest>

#include "model/CovPool.h"

using namespace taxa;

namespace {

// REFERENCE.md: positions (1,2), (3,0), (2,4) of a d = 2 feature, M = 3.
torch::Tensor workedExample() {
    return torch::tensor({1.0, 3.0, 2.0, 2.0, 0.0, 4.0}, torch::kFloat64).view({1, 2, 3});
}

void near(const torch::Tensor& actual, std::vector<double> expected, double tol) {
    const torch::Tensor e = torch::tensor(expected, torch::kFloat64);
    const double err = (actual.flatten() - e).abs().max().item<double>();
    QVERIFY2(err <= tol, qPrintable(QString("error %1").arg(err)));
}

}  // namespace

class TestCovPool : public QObject {
    Q_OBJECT

  private slots:
    void covarianceOfTheWorkedExample() {
        near(covariance(workedExample()), {2.0 / 3, -2.0 / 3, -2.0 / 3, 8.0 / 3}, 1e-12);
    }

    void newtonSchulzMatchesTheWorkedNumbers() {
        const torch::Tensor x = workedExample();
        near(isqrtCov(x, 3), {0.702384, -0.300137, 1.602795}, 1e-6);
        near(isqrtCov(x, 5), {0.766528, -0.280716, 1.608676}, 1e-6);
        near(isqrtCov(x, 10), {0.766748, -0.280649, 1.608696}, 1e-6);  // the true square root
    }

    void fewIterationsDoNotConvergeByDesign() {
        const torch::Tensor eye = torch::eye(160, torch::kFloat64).unsqueeze(0);
        QVERIFY(std::abs(sqrtNewtonSchulz(eye, 3)[0][0][0].item<double>() - 0.262261) < 1e-6);
        QVERIFY(std::abs(sqrtNewtonSchulz(eye, 5)[0][7][7].item<double>() - 0.548164) < 1e-6);
    }

    void convergesToTheEigenSquareRoot() {
        torch::manual_seed(5);
        const torch::Tensor x = torch::randn({2, 8, 40}, torch::kFloat64);
        const torch::Tensor sigma = covariance(x);
        // ATen's function: LibTorch 2.x dropped the C++ torch::linalg namespace (torch/linalg.h)
        // that 1.13 had.
        const auto [values, vectors] = torch::linalg_eigh(sigma, "L");
        const torch::Tensor root =
            vectors.matmul(torch::diag_embed(values.sqrt())).matmul(vectors.transpose(1, 2));
        const double err = (sqrtNewtonSchulz(sigma, 60) - root).abs().max().item<double>();
        QVERIFY2(err < 1e-9, qPrintable(QString::number(err)));
    }

    void outputIsTheUpperTriangle() {
        const torch::Tensor m = torch::arange(9, torch::kFloat64).view({1, 3, 3});
        near(upperTriangle(m), {0, 1, 2, 4, 5, 8}, 0);
        CovPool head(64, 160, 3);
        QCOMPARE(head->outputSize(), int64_t(12880));
        head->eval();
        QCOMPARE(head->forward(torch::randn({2, 64, 7, 7})).sizes(),
                 (torch::IntArrayRef{2, 12880}));
    }

    void gradientsMatchFiniteDifferences() {
        torch::manual_seed(3);
        const torch::Tensor x0 = torch::randn({1, 3, 2, 3}, torch::kFloat64);
        const torch::Tensor w = torch::randn({1, 6}, torch::kFloat64);
        auto f = [&](const torch::Tensor& x) { return (isqrtCov(x, 3) * w).sum(); };
        torch::Tensor x = x0.clone().requires_grad_(true);
        f(x).backward();
        const torch::Tensor analytic = x.grad();
        const double eps = 1e-6;
        torch::Tensor flat = x0.clone().flatten();
        for (int64_t i = 0; i < flat.numel(); ++i) {
            torch::Tensor up = flat.clone(), down = flat.clone();
            up[i] += eps;
            down[i] -= eps;
            const double numeric =
                (f(up.view_as(x0)).item<double>() - f(down.view_as(x0)).item<double>()) / (2 * eps);
            const double a = analytic.flatten()[i].item<double>();
            QVERIFY2(std::abs(a - numeric) <= 1e-6 * std::max(1.0, std::abs(numeric)),
                     qPrintable(QString("element %1: %2 vs %3").arg(i).arg(a).arg(numeric)));
        }
    }
};

QTEST_APPLESS_MAIN(TestCovPool)
#include "test_covpool.moc"
