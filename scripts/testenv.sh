# Sourced by scripts/test and scripts/bench (after lib.sh): a private Docker engine, two loopback registries and the
# test images, exported to the tests through BERTH_TEST_* variables. testenv_down undoes it all.

testenv_down() {
    say "Stopping the test engine and registries"
    for p in "${REG_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    if [ -S "$TESTDIR/engine/docker.sock" ]; then
        local ids
        ids=$(docker_cli -H "unix://$TESTDIR/engine/docker.sock" ps -aq 2>/dev/null || true)
        # shellcheck disable=SC2086
        [ -n "$ids" ] && docker_cli -H "unix://$TESTDIR/engine/docker.sock" rm -f $ids >/dev/null 2>&1 || true
    fi
    stop_pidfile "$TESTDIR/engine/dockerd.pid"
    umount -R "$TESTDIR/engine/exec" 2>/dev/null || true
    rm -rf "$TESTDIR" 2>/dev/null || true
}

testenv_start_registry() { # NAME PORT [htpasswd-file]
    local name=$1 port=$2 auth=${3:-}
    mkdir -p "$TESTDIR/$name/data"
    {
        echo "version: 0.1"
        echo "log: {level: warn}"
        echo "storage: {filesystem: {rootdirectory: $TESTDIR/$name/data}, delete: {enabled: true}}"
        echo "http: {addr: 127.0.0.1:$port}"
        [ -n "$auth" ] && echo "auth: {htpasswd: {realm: berth-test, path: $auth}}"
    } >"$TESTDIR/$name/config.yml"
    docker-registry serve "$TESTDIR/$name/config.yml" >"$TESTDIR/$name/log" 2>&1 &
    REG_PIDS+=($!)
    for _ in $(seq 1 100); do
        curl -s -o /dev/null "http://127.0.0.1:$port/v2/" && return 0
        sleep 0.1
    done
    say "docker-registry $name did not start"
    cat "$TESTDIR/$name/log" >&2
    return 1
}

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

testenv_up() {
    # Short path: unix socket paths are limited to 108 bytes.
    TESTDIR=$(mktemp -d /tmp/berth-test.XXXXXX)
    REG_PIDS=()
    say "Starting a private dockerd in $TESTDIR/engine"
    # No bridge and no iptables changes: it never disturbs an engine already running on this machine.
    # live-restore keeps containers running while the log tests restart the engine.
    local args=(--bridge=none --iptables=false --ip-masq=false --live-restore)
    start_engine "$TESTDIR/engine" "${args[@]}"
    export BERTH_TEST_DOCKER_HOST="unix://$TESTDIR/engine/docker.sock"
    export BERTH_TEST_ENGINE_DIR="$TESTDIR/engine"
    export BERTH_TEST_ENGINE_CTL="$BERTH_ROOT/scripts/engine-ctl"
    export BERTH_DOCKERD_ARGS_STR="${args[*]}"

    local reg_port auth_port
    reg_port=$(free_port)
    auth_port=$(free_port)
    export BERTH_TEST_REGISTRY_USER=berth BERTH_TEST_REGISTRY_PASSWORD=berth-secret-pw
    htpasswd -Bbn "$BERTH_TEST_REGISTRY_USER" "$BERTH_TEST_REGISTRY_PASSWORD" >"$TESTDIR/htpasswd"
    testenv_start_registry registry "$reg_port"
    testenv_start_registry authregistry "$auth_port" "$TESTDIR/htpasswd"
    export BERTH_TEST_REGISTRY="127.0.0.1:$reg_port" BERTH_TEST_AUTH_REGISTRY="127.0.0.1:$auth_port"

    say "Preparing test images"
    local H=$BERTH_TEST_DOCKER_HOST
    import_busybox_image "$H" berth-test/busybox:latest
    for t in tensorflow/tensorflow:2.0.0-gpu-py3 pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime; do
        docker_cli -H "$H" tag berth-test/busybox:latest "$t"
    done
    # A multi-layer image in both registries, so pulls report progress for several layers.
    mkdir -p "$TESTDIR/ctx"
    printf '%s\n' 'FROM berth-test/busybox:latest' \
        'RUN head -c 3000000 /dev/urandom > /layer1.bin' \
        'RUN head -c 2000000 /dev/urandom > /layer2.bin' \
        'RUN echo layered > /layer3.txt' >"$TESTDIR/ctx/Dockerfile"
    DOCKER_BUILDKIT=0 docker_cli -H "$H" build -q -t berth-test/multilayer:1.0 "$TESTDIR/ctx" >/dev/null
    local reg tag
    for reg in "$BERTH_TEST_REGISTRY" "$BERTH_TEST_AUTH_REGISTRY"; do
        if [ "$reg" = "$BERTH_TEST_AUTH_REGISTRY" ]; then
            echo "$BERTH_TEST_REGISTRY_PASSWORD" | DOCKER_CONFIG=$TESTDIR/dockercfg docker_cli -H "$H" login \
                -u "$BERTH_TEST_REGISTRY_USER" --password-stdin "$reg" >/dev/null
        fi
        for tag in 1.0 1.1 2.0 latest; do
            docker_cli -H "$H" tag berth-test/multilayer:1.0 "$reg/berth/multilayer:$tag"
            DOCKER_CONFIG=$TESTDIR/dockercfg docker_cli -H "$H" push -q "$reg/berth/multilayer:$tag" >/dev/null
            docker_cli -H "$H" rmi "$reg/berth/multilayer:$tag" >/dev/null
        done
    done
    rm -rf "$TESTDIR/dockercfg"
    # Not kept locally, so pulls download its layers and report progress.
    docker_cli -H "$H" rmi berth-test/multilayer:1.0 >/dev/null
    export BERTH_TEST_PULL_IMAGE="$BERTH_TEST_REGISTRY/berth/multilayer:1.0"
}
