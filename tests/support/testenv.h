// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

// What scripts/test prepared: the private engine, registries and images. Engine tests fail, not skip, without them.
namespace berth::test {

QString dockerHost();       // unix:///tmp/berth-test.X/engine/docker.sock
QString dockerSocketPath(); // the path part of dockerHost()
QString registry();         // 127.0.0.1:PORT, no auth
QString authRegistry();     // 127.0.0.1:PORT, htpasswd Basic auth
QString registryUser();
QString registryPassword();
QString pullImage();    // REGISTRY/berth/multilayer:1.0
QString busyboxImage(); // berth-test/busybox:latest
QString sourceDir();    // the project's source tree
QString binDir();       // build/bin
QString dockerCli();    // path of the docker CLI to compare against
bool haveEngine();      // BERTH_TEST_DOCKER_HOST is set

// Runs the docker CLI against the test engine; returns stdout, fails the current test on a non-zero exit.
QByteArray docker(const QStringList &args, int *exitCode = nullptr, QByteArray *stdErr = nullptr);
// Restarts the private engine (stop, start) through scripts/engine-ctl.
bool restartEngine();
bool stopEngine();
bool startEngine();

} // namespace berth::test

// Fails the test (not skips) when scripts/test did not prepare an engine.
#define BERTH_REQUIRE_ENGINE()                                                                                         \
    do {                                                                                                               \
        if (!berth::test::haveEngine())                                                                                \
            QFAIL("BERTH_TEST_DOCKER_HOST is not set: run engine tests through ./scripts/test");                       \
    } while (false)
