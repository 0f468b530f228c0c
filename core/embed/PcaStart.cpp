#include "embed/PcaStart.h"

#include <Eigen/Dense>
#include <algorithm>

#include "util/Rng.h"

namespace taxa::embed {

namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// The two leading eigenvectors of the covariance, as columns of a dims x 2 matrix. The
// covariance is summed in blocks of rows (one float matrix product each) into doubles.
Eigen::MatrixXf leadingAxes(const float* vectors, size_t n, int dims, Eigen::VectorXf& mean) {
    const Eigen::Map<const RowMatrix> x(vectors, Eigen::Index(n), dims);
    mean = x.colwise().mean().transpose();
    Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(dims, dims);
    constexpr Eigen::Index kBlock = 8192;
    for (Eigen::Index at = 0; at < Eigen::Index(n); at += kBlock) {
        const Eigen::Index rows = std::min(kBlock, Eigen::Index(n) - at);
        const RowMatrix centred = x.middleRows(at, rows).rowwise() - mean.transpose();
        cov += (centred.transpose() * centred).cast<double>();
    }
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
    Eigen::MatrixXf axes(dims, 2);
    axes.col(0) = eig.eigenvectors().col(dims - 1).cast<float>();  // ascending eigenvalues
    axes.col(1) = eig.eigenvectors().col(std::max(0, dims - 2)).cast<float>();
    // An eigenvector's sign is arbitrary: fix it so the largest entry is positive.
    for (int c = 0; c < 2; ++c) {
        Eigen::Index at = 0;
        axes.col(c).cwiseAbs().maxCoeff(&at);
        if (axes(at, c) < 0) axes.col(c) *= -1;
    }
    return axes;
}

}  // namespace

std::vector<float> pcaStart(const float* vectors, size_t n, int dims, uint64_t seed) {
    std::vector<float> out(n * 2, 0.0f);
    if (n == 0) return out;
    Eigen::VectorXf mean;
    const Eigen::MatrixXf axes = leadingAxes(vectors, n, dims, mean);
    const Eigen::Map<const RowMatrix> x(vectors, Eigen::Index(n), dims);
    Eigen::Map<RowMatrix> y(out.data(), Eigen::Index(n), 2);
    y = x * axes;   // the mean's shift goes with the rescaling below
    Rng gen(seed);  // not <random>'s distributions: they differ between standard libraries
    for (int c = 0; c < 2; ++c) {
        const float lo = y.col(c).minCoeff(), hi = y.col(c).maxCoeff();
        const float scale = hi > lo ? 10.0f / (hi - lo) : 0.0f;
        for (Eigen::Index i = 0; i < y.rows(); ++i)
            y(i, c) = (y(i, c) - lo) * scale;
    }
    for (float& v : out)
        v += float(gen.uniform(-1e-4, 1e-4));
    return out;
}

}  // namespace taxa::embed
