# SPDX-License-Identifier: Apache-2.0
# Sourced by scripts/test and scripts/bench (after lib.sh): a private Docker engine, two loopback registries, a
# second "remote" engine reached over a private sshd and over TLS, and the test images, exported to the tests through
# BERTH_TEST_* variables. testenv_down undoes it all.

testenv_down() {
    say "Stopping the test engine and registries"
    for p in "${REG_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    stop_pidfile "$TESTDIR/ssh/sshd.pid"
    local e
    for e in engine remote; do
        if [ -S "$TESTDIR/$e/docker.sock" ]; then
            local ids
            ids=$(docker_cli -H "unix://$TESTDIR/$e/docker.sock" ps -aq 2>/dev/null || true)
            # shellcheck disable=SC2086
            [ -n "$ids" ] && docker_cli -H "unix://$TESTDIR/$e/docker.sock" rm -f $ids >/dev/null 2>&1 || true
        fi
        stop_pidfile "$TESTDIR/$e/dockerd.pid"
        umount -R "$TESTDIR/$e/exec" 2>/dev/null || true
    done
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

# Certificates for the TLS engine, made fresh in every run: a CA, a server certificate for 127.0.0.1/localhost, a
# client certificate, and a second CA nobody trusts (for the wrong-CA test). EC keys: generated in milliseconds.
testenv_make_certs() { # DIR
    local d=$1
    mkdir -p "$d/client" "$d/other"
    (
        cd "$d"
        local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
        openssl req -x509 "${ec[@]}" -keyout ca-key.pem -out ca.pem -days 2 -subj /CN=berth-test-ca 2>/dev/null
        openssl req -new "${ec[@]}" -keyout server-key.pem -out server.csr -subj /CN=localhost 2>/dev/null
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' >server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -extfile server.ext \
            -out server-cert.pem 2>/dev/null
        openssl req -new "${ec[@]}" -keyout client/key.pem -out client.csr -subj /CN=berth-test-client 2>/dev/null
        printf 'extendedKeyUsage=clientAuth\n' >client.ext
        openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -extfile client.ext \
            -out client/cert.pem 2>/dev/null
        cp ca.pem client/ca.pem
        # The same layout signed by a CA the engine does not know.
        openssl req -x509 "${ec[@]}" -keyout other/ca-key.pem -out other/ca.pem -days 2 -subj /CN=other-ca 2>/dev/null
        openssl req -new "${ec[@]}" -keyout other/key.pem -out other.csr -subj /CN=other-client 2>/dev/null
        openssl x509 -req -in other.csr -CA other/ca.pem -CAkey other/ca-key.pem -CAcreateserial -days 2 \
            -extfile client.ext -out other/cert.pem 2>/dev/null
        rm -f ./*.csr ./*.srl other/*.srl
    )
}

# A private OpenSSH server on loopback (never the system's sshd): its own config, host key and authorized key. Two
# ports: on the first, `docker` is on PATH and DOCKER_HOST names the remote engine; on the second, PATH has no docker
# (the "server without docker" case). DIR/server-bin comes first on the first port's PATH, so tests can put programs
# "on the server" (a fake nvidia-smi) without touching this machine's.
testenv_start_sshd() { # DIR REMOTE_SOCKET
    local d=$1 sock=$2
    mkdir -p "$d/bin" "$d/server-bin"
    chmod 700 "$d"
    ssh-keygen -q -t ed25519 -N '' -C berth-test-host -f "$d/host_ed25519"
    ssh-keygen -q -t ed25519 -N '' -C berth-test-client -f "$d/id_ed25519"
    ssh-keygen -q -t ed25519 -N '' -C berth-test-refused -f "$d/id_refused"
    cp "$d/id_ed25519.pub" "$d/authorized_keys"
    SSH_PORT=$(free_port)
    SSH_NODOCKER_PORT=$(free_port)
    # sshd insists on its privilege-separation directory; creating it changes nothing for any other sshd.
    mkdir -p /run/sshd
    cat >"$d/sshd_config" <<CFG
Port $SSH_PORT
Port $SSH_NODOCKER_PORT
ListenAddress 127.0.0.1
HostKey $d/host_ed25519
PidFile $d/sshd.pid
AuthorizedKeysFile $d/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
AllowUsers root
AllowTcpForwarding yes
AllowStreamLocalForwarding yes
X11Forwarding no
PrintMotd no
MaxSessions 100
MaxStartups 100:30:200
LogLevel ERROR
SetEnv DOCKER_HOST=unix://$sock PATH=$d/server-bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
Match LocalPort $SSH_NODOCKER_PORT
    SetEnv PATH=/var/empty DOCKER_HOST=unix://$sock
CFG
    /usr/sbin/sshd -t -f "$d/sshd_config"
    /usr/sbin/sshd -f "$d/sshd_config" -E "$d/sshd.log"
    printf '[127.0.0.1]:%s %s\n' "$SSH_PORT" "$(cut -d' ' -f1,2 "$d/host_ed25519.pub")" >"$d/known_hosts"
    printf '[127.0.0.1]:%s %s\n' "$SSH_NODOCKER_PORT" "$(cut -d' ' -f1,2 "$d/host_ed25519.pub")" >>"$d/known_hosts"
    # The client side, kept out of ~/.ssh: a config file for `ssh -F`, and an `ssh` wrapper that uses it, for
    # programs that run plain `ssh` from PATH (the docker CLI, docker-py).
    cat >"$d/config" <<CFG
Host *
    IdentityFile $d/id_ed25519
    IdentitiesOnly yes
    UserKnownHostsFile $d/known_hosts
    StrictHostKeyChecking yes
    BatchMode yes
CFG
    printf '#!/bin/sh\nexec /usr/bin/ssh -F %s "$@"\n' "$d/config" >"$d/bin/ssh"
    chmod 755 "$d/bin/ssh"
    for _ in $(seq 1 50); do
        /usr/bin/ssh -F "$d/config" -p "$SSH_PORT" root@127.0.0.1 true 2>/dev/null && return 0
        sleep 0.1
    done
    say "sshd did not start; its log:"
    cat "$d/sshd.log" >&2
    return 1
}

testenv_up() {
    # Short path: unix socket paths are limited to 108 bytes.
    TESTDIR=$(mktemp -d /tmp/berth-test.XXXXXX)
    REG_PIDS=()
    say "Starting a private dockerd in $TESTDIR/engine"
    # No bridge and no iptables changes: it never disturbs an engine already running on this machine.
    # live-restore keeps containers running while the log tests restart the engine.
    local args=(--bridge=none --iptables=false --ip-masq=false --live-restore)
    # The "remote" engine starts meanwhile: its own unix socket (reached through sshd) and TLS on loopback tcp.
    testenv_make_certs "$TESTDIR/tls"
    local tls_port
    tls_port=$(free_port)
    start_engine "$TESTDIR/remote" "${args[@]}" --host "tcp://127.0.0.1:$tls_port" --tlsverify \
        --tlscacert "$TESTDIR/tls/ca.pem" --tlscert "$TESTDIR/tls/server-cert.pem" \
        --tlskey "$TESTDIR/tls/server-key.pem" &
    local remote_start=$!
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

    say "Starting a private sshd and the remote engine (ssh, TLS)"
    testenv_start_sshd "$TESTDIR/ssh" "$TESTDIR/remote/docker.sock"
    wait "$remote_start"
    export BERTH_TEST_REMOTE_DOCKER_HOST="unix://$TESTDIR/remote/docker.sock"
    export BERTH_TEST_REMOTE_ENGINE_DIR="$TESTDIR/remote"
    # ssh://user@host:port/path as the CLI (23+) and Berth read it; without the path, the session's DOCKER_HOST.
    export BERTH_TEST_SSH_HOST="ssh://root@127.0.0.1:$SSH_PORT$TESTDIR/remote/docker.sock"
    export BERTH_TEST_SSH_HOST_NOPATH="ssh://root@127.0.0.1:$SSH_PORT"
    export BERTH_TEST_SSH_NODOCKER_HOST="ssh://root@127.0.0.1:$SSH_NODOCKER_PORT"
    export BERTH_TEST_SSH_DIR="$TESTDIR/ssh"                # id_ed25519, id_refused, known_hosts, host_ed25519.pub
    export BERTH_TEST_SSH_CONFIG="$TESTDIR/ssh/config"      # for ssh -F
    export BERTH_TEST_SSH_WRAPPER_DIR="$TESTDIR/ssh/bin"    # an `ssh` that uses that config, to put first on PATH
    export BERTH_TEST_SSH_SERVER_BIN="$TESTDIR/ssh/server-bin" # first on PATH in the server's ssh sessions
    export BERTH_TEST_TLS_HOST="tcp://127.0.0.1:$tls_port"
    export BERTH_TEST_TLS_CERT_PATH="$TESTDIR/tls/client"   # ca.pem cert.pem key.pem, as DOCKER_CERT_PATH
    export BERTH_TEST_TLS_OTHER_CERT_PATH="$TESTDIR/tls/other" # signed by a CA the engine does not trust

    say "Preparing test images"
    local H=$BERTH_TEST_DOCKER_HOST
    import_busybox_image "$H" berth-test/busybox:latest
    import_busybox_image "$BERTH_TEST_REMOTE_DOCKER_HOST" berth-test/busybox:latest
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
