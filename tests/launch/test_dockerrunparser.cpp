// SPDX-License-Identifier: Apache-2.0
#include "launch/dockerrunparser.h"
#include "launch/dockerrunwriter.h"
#include "launchtesthelpers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace berth::core;
using namespace berth::test;

class TestDockerRunParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void problemOffsets_pointAtTheToken();
    void problemsAreTranslatedText();
    void randomText_neverCrashesAndRoundTrips();
};

namespace {
void row(const char *name, const char *line, const char *expected, const QStringList &problems = {})
{
    QTest::newRow(name) << QString::fromUtf8(line) << QByteArray(expected) << problems;
}
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

void TestDockerRunParser::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QByteArray>("expected");  // subset of LaunchSpec::toJson()
    QTest::addColumn<QStringList>("problems"); // "Code:subject", in order

    // The tutorial's five commands.
    row("tutorial1_plain",
        "docker run --rm -it --gpus all -v $(pwd):/src -w /src tensorflow/tensorflow:2.0.0-gpu-py3 python train.py",
        R"J({"autoRemove":true,"interactive":true,"tty":true,"detach":false,"gpus":{"mode":"all"},
            "mounts":[{"type":"bind","syntax":"volume","source":"/home/me/proj","target":"/src","readOnly":false}],
            "workingDir":"/src","image":"tensorflow/tensorflow","tag":"2.0.0-gpu-py3",
            "command":["python","train.py"],"projectFolder":"/home/me/proj","requirements":{"enabled":false}})J");
    row("tutorial2_ipcHost",
        "docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime "
        "python train.py",
        R"J({"ipcMode":"host","image":"pytorch/pytorch","tag":"1.2-cuda10.0-cudnn7-runtime",
            "command":["python","train.py"],"gpus":{"mode":"all"}})J");
    row("tutorial3_requirements",
        "docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime "
        "/bin/bash -c 'pip install -r requirements.txt && python train.py'",
        R"J({"command":["python","train.py"],
            "requirements":{"enabled":true,"cacheVolume":"","file":"requirements.txt"},
            "mounts":[{"source":"/home/me/proj","target":"/src"}]})J");
    row("tutorial4_pipCacheVolume",
        "docker run --rm -it --gpus all -v $(pwd):/src -v pip_cache:/pip_cache -w /src --ipc=host "
        "pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime "
        "/bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'",
        R"J({"command":["python","train.py"],
            "requirements":{"enabled":true,"cacheVolume":"pip_cache","file":"requirements.txt"},
            "mounts":[{"source":"/home/me/proj","target":"/src"}]})J");
    row("tutorial5_multiLine",
        "docker run --rm -it --gpus all \\\n"
        "  -v $(pwd):/src -w /src --ipc=host \\\n"
        "  -v pip_cache:/pip_cache \\\n"
        "  pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime \\\n"
        "  /bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'\n",
        R"J({"autoRemove":true,"interactive":true,"tty":true,"gpus":{"mode":"all"},"ipcMode":"host",
            "workingDir":"/src","image":"pytorch/pytorch","command":["python","train.py"],
            "requirements":{"enabled":true,"cacheVolume":"pip_cache"},
            "mounts":[{"source":"/home/me/proj","target":"/src"}]})J");

    // The project folder, the home folder and the environment.
    row("pwdBackticks", "docker run -v `pwd`:/src img", R"J({"mounts":[{"source":"/home/me/proj","target":"/src"}]})J");
    row("pwdBraces", "docker run -v ${PWD}:/src img", R"J({"mounts":[{"source":"/home/me/proj","target":"/src"}]})J");
    row("pwdVariable", "docker run -v $PWD:/src img", R"J({"mounts":[{"source":"/home/me/proj","target":"/src"}]})J");
    row("pwdQuotedWithSuffix", "docker run -v \"$(pwd)\"/data:/data img",
        R"J({"mounts":[{"type":"bind","source":"/home/me/proj/data","target":"/data"}]})J");
    row("tildeHome_readOnly", "docker run -v ~/datasets:/data:ro img",
        R"J({"mounts":[{"type":"bind","source":"/home/me/datasets","target":"/data","readOnly":true}]})J");
    row("relativeDot", "docker run -v ./data:/data img",
        R"J({"mounts":[{"type":"bind","source":"/home/me/proj/data","target":"/data"}]})J");
    row("relativeDotDot", "docker run -v ../shared:/shared img",
        R"J({"mounts":[{"type":"bind","source":"/home/me/shared","target":"/shared"}]})J");
    row("envVariable", "docker run -v $DATA:/data img", R"J({"mounts":[{"source":"/data/set","target":"/data"}]})J");
    row("envDefaultWhenUnset", "docker run -v ${NOPE:-/tmp/x}:/data img",
        R"J({"mounts":[{"source":"/tmp/x","target":"/data"}]})J");
    row("envUnset_isReported", "docker run -e LOG=$NOPE img", R"J({"env":["LOG="]})J", {s("UnsetVariable:NOPE")});
    row("envKeyFromEnvironment", "docker run -e WANDB_API_KEY img", R"J({"env":["WANDB_API_KEY=secret"]})J");
    row("envKeyNotInEnvironment_keptBare", "docker run -e NOT_SET img", R"J({"env":["NOT_SET"]})J");
    row("envForms", "docker run --env=A=1 -eB=2 -e C=3 -e 'MSG=hello world' img",
        R"J({"env":["A=1","B=2","C=3","MSG=hello world"]})J");
    row("envFileRelative", "docker run --env-file .env img", R"J({"envFiles":["/home/me/proj/.env"]})J");

    // Command forms.
    row("combinedShortFlags_itd", "docker run -itd img", R"J({"interactive":true,"tty":true,"detach":true})J");
    row("combinedShortFlags_dit", "docker run -dit img", R"J({"interactive":true,"tty":true,"detach":true})J");
    row("dockerContainerRun", "docker container run --rm img", R"J({"autoRemove":true,"image":"img"})J");
    row("dockerCreate", "docker create --name x img", R"J({"name":"x"})J");
    row("sudoDockerRun", "sudo docker run --rm img", R"J({"autoRemove":true})J");
    row("sudoWithFlags", "sudo -E docker run img", R"J({"image":"img"})J");
    row("dockerFullPath", "/usr/bin/docker run img", R"J({"image":"img"})J");
    row("nvidiaDocker_allGpus", "nvidia-docker run --rm img", R"J({"gpus":{"mode":"all"}})J");
    row("nvidiaDocker_nvGpu", "NV_GPU=0,1 nvidia-docker run img",
        R"J({"gpus":{"mode":"devices","deviceIds":["0","1"]}})J");
    row("promptPrefix", "$ docker run --rm img", R"J({"autoRemove":true})J");
    row("doubleDashBeforeImage", "docker run --rm -- img cmd", R"J({"image":"img","command":["cmd"]})J");
    row("globalHostIgnored", "docker -H unix:///x.sock run img", R"J({"image":"img"})J", {s("IgnoredOption:-H")});
    row("clientEnvAssignmentIgnored", "DOCKER_HOST=tcp://x docker run img", R"J({"env":[]})J",
        {s("IgnoredOption:DOCKER_HOST")});

    // GPUs.
    row("gpusCount", "docker run --gpus 2 img", R"J({"gpus":{"mode":"count","count":2}})J");
    row("gpusAllEquals", "docker run --gpus=all img", R"J({"gpus":{"mode":"all"}})J");
    row("gpusDeviceQuoted", "docker run --gpus '\"device=0,1\"' img",
        R"J({"gpus":{"mode":"devices","deviceIds":["0","1"]}})J");
    row("gpusDeviceSingle", "docker run --gpus device=1 img", R"J({"gpus":{"mode":"devices","deviceIds":["1"]}})J");
    row("gpusDeviceUnquoted_warns", "docker run --gpus device=0,1 img",
        R"J({"gpus":{"mode":"devices","deviceIds":["0","1"]}})J", {s("InvalidValue:--gpus")});
    row("gpusCapabilities", "docker run --gpus '\"capabilities=compute,utility\"' img",
        R"J({"gpus":{"mode":"count","count":1,"capabilities":["compute","utility"]}})J");
    row("gpusBad", "docker run --gpus lots img", R"J({"gpus":{"mode":"none"}})J", {s("InvalidValue:--gpus")});

    // Sizes.
    row("shmSizeGiga", "docker run --shm-size=8g img", R"J({"shmSizeBytes":8589934592})J");
    row("shmSizeMegaUpper", "docker run --shm-size 512M img", R"J({"shmSizeBytes":536870912})J");
    row("shmSizeFraction", "docker run --shm-size 1.5g img", R"J({"shmSizeBytes":1610612736})J");
    row("shmSizeMiB", "docker run --shm-size 64MiB img", R"J({"shmSizeBytes":67108864})J");
    row("shmSizeBytes", "docker run --shm-size 1000000 img", R"J({"shmSizeBytes":1000000})J");
    row("shmSizeBad", "docker run --shm-size big img", R"J({"shmSizeBytes":0})J", {s("InvalidValue:--shm-size")});
    row("cpusMemory", "docker run --cpus 4 --memory 16g --memory-swap -1 img",
        R"J({"nanoCpus":4000000000,"memoryBytes":17179869184,"memorySwapBytes":-1})J");
    row("cpusFraction", "docker run --cpus=1.5 -m 512m img", R"J({"nanoCpus":1500000000,"memoryBytes":536870912})J");
    row("cpusTooPrecise", "docker run --cpus 0.0000000001 img", R"J({"nanoCpus":0})J", {s("InvalidValue:--cpus")});

    // Mounts.
    row("mountBindReadonly", "docker run --mount type=bind,source=$(pwd),target=/src,readonly img",
        R"J({"mounts":[{"type":"bind","syntax":"mount","source":"/home/me/proj","target":"/src","readOnly":true}]})J");
    row("mountVolumeNoCopy", "docker run --mount type=volume,src=cache,dst=/root/.cache,volume-nocopy img",
        R"J({"mounts":[{"type":"volume","syntax":"mount","source":"cache","target":"/root/.cache","noCopy":true}]})J");
    row("mountTmpfsSizeMode", "docker run --mount type=tmpfs,dst=/scratch,tmpfs-size=64m,tmpfs-mode=1777 img",
        R"J({"mounts":[{"type":"tmpfs","syntax":"mount","target":"/scratch","tmpfsSizeBytes":67108864,"tmpfsMode":1023}]})J");
    row("mountPropagation", "docker run --mount type=bind,src=/a,dst=/b,bind-propagation=rshared img",
        R"J({"mounts":[{"type":"bind","propagation":"rshared"}]})J");
    row("mountDefaultsToVolume", "docker run --mount source=vol,target=/data img",
        R"J({"mounts":[{"type":"volume","source":"vol","target":"/data"}]})J");
    row("mountVolumeOpt", "docker run --mount 'type=volume,src=nfs,dst=/n,\"volume-opt=o=addr=1.2.3.4,rw\"' img",
        R"J({"mounts":[{"type":"volume","volumeOptions":["o=addr=1.2.3.4,rw"]}]})J");
    row("mountUnsupportedKey", "docker run --mount type=volume,src=v,dst=/v,volume-driver=local img",
        R"J({"mounts":[]})J", {s("UnsupportedOption:--mount volume-driver")});
    row("mountWrongTypeOptions", "docker run --mount type=bind,src=/a,dst=/b,tmpfs-size=1m img", R"J({"mounts":[]})J",
        {s("InvalidValue:--mount")});
    row("tmpfsFlag", "docker run --tmpfs /run:rw,size=64m img",
        R"J({"mounts":[{"type":"tmpfs","syntax":"tmpfs","target":"/run","tmpfsOptions":"rw,size=64m"}]})J");
    row("volumeOptions", "docker run -v /a:/b:ro,z -v vol:/v:nocopy -v /c:/d:rslave img",
        R"J({"mounts":[{"source":"/a","readOnly":true,"selinuxLabel":"z"},{"type":"volume","noCopy":true},
                      {"propagation":"rslave"}]})J");
    row("anonymousVolume", "docker run -v /data img",
        R"J({"mounts":[{"type":"volume","source":"","target":"/data"}]})J");
    row("namedVolume", "docker run -v models:/models img",
        R"J({"mounts":[{"type":"volume","source":"models","target":"/models"}]})J");
    row("escapedSpaceInPath", "docker run -v /data/my\\ set:/data img",
        R"J({"mounts":[{"source":"/data/my set","target":"/data"}]})J");
    row("volumeTooManyColons", "docker run -v a:/b:ro:x img", R"J({"mounts":[]})J", {s("InvalidValue:-v")});
    row("volumeUnknownOption", "docker run -v /a:/b:fast img", R"J({"mounts":[]})J", {s("InvalidValue:-v")});
    row("volumeConsistencyIgnored", "docker run -v /a:/b:cached img", R"J({"mounts":[{"source":"/a"}]})J",
        {s("IgnoredOption:cached")});

    // Ports, users, limits, networking.
    row("ports", "docker run -p 8888:8888 -p 127.0.0.1:6006:6006 -p 9000/udp img",
        R"J({"ports":[{"hostIp":"","hostPort":"8888","containerPort":"8888","protocol":"tcp"},
                     {"hostIp":"127.0.0.1","hostPort":"6006","containerPort":"6006"},
                     {"hostPort":"","containerPort":"9000","protocol":"udp"}]})J");
    row("portIpv6", "docker run -p [::1]:8080:80 img", R"J({"ports":[{"hostIp":"::1","hostPort":"8080"}]})J");
    row("portLongSyntax", "docker run -p published=8080,target=80 img",
        R"J({"ports":[{"hostPort":"8080","containerPort":"80","protocol":"tcp"}]})J");
    row("portBad", "docker run -p eighty img", R"J({"ports":[]})J", {s("InvalidValue:-p")});
    row("runAsMe", "docker run -u $(id -u):$(id -g) img", R"J({"runAsMe":true,"user":""})J");
    row("runAsMeQuoted", "docker run --user=\"$(id -u):$(id -g)\" img", R"J({"runAsMe":true})J");
    row("userExplicit", "docker run --user 1000:1000 img", R"J({"runAsMe":false,"user":"1000:1000"})J");
    row("ulimits", "docker run --ulimit memlock=-1 --ulimit stack=67108864 --ulimit nofile=1024:2048 img",
        R"J({"ulimits":[{"name":"memlock","soft":-1,"hard":-1},{"name":"stack","soft":67108864,"hard":67108864},
                       {"name":"nofile","soft":1024,"hard":2048}]})J");
    row("ulimitBad", "docker run --ulimit bogus=1 img", R"J({"ulimits":[]})J", {s("InvalidValue:--ulimit")});
    row("networkHostname", "docker run --network host --hostname trainer img",
        R"J({"networkMode":"host","hostname":"trainer"})J");
    row("netAliasAndShortHostname", "docker run --net=none -h box img", R"J({"networkMode":"none","hostname":"box"})J");
    row("networkWithOptions", "docker run --network name=n,alias=a img", R"J({"networkMode":""})J",
        {s("UnsupportedOption:--network")});
    row("restartOnFailure", "docker run --restart on-failure:3 img",
        R"J({"restartPolicy":"on-failure","restartMaxRetries":3})J");
    row("name", "docker run --name my-run img", R"J({"name":"my-run"})J");
    row("entrypointReset", "docker run --entrypoint= img", R"J({"entrypoint":""})J");
    row("entrypointResetQuoted", "docker run --entrypoint '' img", R"J({"entrypoint":""})J");
    row("entrypoint", "docker run --entrypoint python img -u x.py",
        R"J({"entrypoint":"python","command":["-u","x.py"]})J");
    row("labels", "docker run --label a=b -l team=vision -l flag img",
        R"J({"labels":{"a":"b","team":"vision","flag":""}})J");
    row("privilegedInitReadOnly", "docker run --privileged --init --read-only img",
        R"J({"privileged":true,"init":true,"readOnlyRootfs":true})J");
    row("rocm",
        "docker run -it --device=/dev/kfd --device=/dev/dri --group-add video --cap-add=SYS_PTRACE "
        "--security-opt seccomp=unconfined rocm/pytorch:latest",
        R"J({"devices":["/dev/kfd","/dev/dri"],"groupAdd":["video"],"capAdd":["SYS_PTRACE"],
            "securityOpts":["seccomp=unconfined"],"image":"rocm/pytorch","tag":"latest"})J");
    row("nvidiaRuntime", "docker run --runtime=nvidia -e NVIDIA_VISIBLE_DEVICES=0 img",
        R"J({"runtime":"nvidia","env":["NVIDIA_VISIBLE_DEVICES=0"]})J");
    row("hostsAndDns", "docker run --add-host db:10.0.0.5 --add-host=gw=host-gateway --dns 8.8.8.8 img",
        R"J({"addHosts":["db:10.0.0.5","gw:host-gateway"],"dns":["8.8.8.8"]})J");
    row("expose", "docker run --expose 8080 --expose 9000-9001/udp img", R"J({"expose":["8080","9000-9001/udp"]})J");
    row("boolFalse", "docker run --rm=false -t=true img", R"J({"autoRemove":false,"tty":true})J");
    row("sigProxyIgnored", "docker run --sig-proxy=false img", R"J({"image":"img"})J",
        {s("IgnoredOption:--sig-proxy")});
    row("pullIgnored", "docker run --pull always img", R"J({"image":"img"})J", {s("IgnoredOption:--pull")});

    // Images and commands.
    row("registryWithPort", "docker run 127.0.0.1:5000/team/img:1.0",
        R"J({"image":"127.0.0.1:5000/team/img","tag":"1.0"})J");
    row("registryNoTag", "docker run 127.0.0.1:5000/team/img", R"J({"image":"127.0.0.1:5000/team/img","tag":""})J");
    row("digest", "docker run ubuntu@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        R"J({"image":"ubuntu","tag":"","digest":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})J");
    row("commandWithQuotes", "docker run img python -c \"print('hi there')\"",
        R"J({"command":["python","-c","print('hi there')"]})J");
    row("commandKeepsItsOwnOptions", "docker run img python train.py --rm -v x",
        R"J({"autoRemove":false,"command":["python","train.py","--rm","-v","x"]})J");
    row("ansiCQuote", "docker run img printf $'a\\tb\\n'", R"J({"command":["printf","a\tb\n"]})J");
    row("shDashCNotRequirements", "docker run img sh -c 'echo hi && python x.py'",
        R"J({"command":["sh","-c","echo hi && python x.py"],"requirements":{"enabled":false}})J");
    row("requirementsSh",
        "docker run -v pip_cache:/pip_cache img sh -c 'pip install --cache-dir /pip_cache -r requirements.txt && "
        "python x.py'",
        R"J({"command":["python","x.py"],"requirements":{"enabled":true,"cacheVolume":"pip_cache"},"mounts":[]})J");
    row("requirementsCacheDirWithoutVolume_keptAsTyped",
        "docker run img /bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python x.py'",
        R"J({"command":["/bin/bash","-c","pip install --cache-dir /pip_cache -r requirements.txt && python x.py"],
            "requirements":{"enabled":false}})J");
    row("requirementsOddSpacing_keptAsTyped",
        "docker run img /bin/bash -c 'pip install -r requirements.txt &&  python x.py'",
        R"J({"requirements":{"enabled":false}})J");

    // Tutorial-style text.
    row("commentAfterContinuation",
        "docker run --rm \\  # remove when stopped\n  -it \\ # interactive terminal\n  --gpus all \\\n  img",
        R"J({"autoRemove":true,"interactive":true,"tty":true,"gpus":{"mode":"all"},"image":"img"})J");
    row("commentLinesBetween", "docker run --rm \\\n  # the image comes next\n  img python x.py",
        R"J({"autoRemove":true,"image":"img","command":["python","x.py"]})J");
    row("crlfContinuations", "docker run --rm \\\r\n  -it \\\r\n  img\r\n",
        R"J({"autoRemove":true,"tty":true,"image":"img"})J");
    row("trailingSpaceAfterBackslash", "docker run --rm \\   \n  img", R"J({"autoRemove":true,"image":"img"})J");

    // Bad input.
    row("unterminatedSingleQuote", "docker run img bash -c 'echo hi", "", {s("UnterminatedQuote:'")});
    row("unterminatedDoubleQuote", "docker run -e \"A=1 img", "", {s("UnterminatedQuote:\""), s("MissingImage:")});
    row("unknownLongOption", "docker run --foo img", R"J({"image":"img"})J", {s("UnknownOption:--foo")});
    row("unknownShortOption", "docker run -x img", R"J({"image":"img"})J", {s("UnknownOption:-x")});
    row("unsupportedOption", "docker run --cgroup-parent=/x --health-cmd true img", R"J({"image":"img"})J",
        {s("UnsupportedOption:--cgroup-parent"), s("UnsupportedOption:--health-cmd")});
    row("placeholderImage", "docker run --rm [IMAGE]", "", {s("Placeholder:[IMAGE]")});
    row("placeholderAngle", "docker run --rm -v <host-dir>:/data <your-image>", "",
        {s("Placeholder:<host-dir>:/data"), s("Placeholder:<your-image>")});
    row("placeholderSynopsis", "docker run [OPTIONS] IMAGE [COMMAND] [ARG...]", "",
        {s("Placeholder:[OPTIONS]"), s("Placeholder:[COMMAND]"), s("Placeholder:[ARG...]")});
    row("pipe", "docker run img python x.py | tee log.txt", R"J({"command":["python","x.py"]})J",
        {s("ShellConstruct:|")});
    row("semicolon", "docker run img ls; echo done", R"J({"command":["ls"]})J", {s("ShellConstruct:;")});
    row("andAndOutsideQuotes", "docker pull img && docker run img", "",
        {s("ShellConstruct:&&"), s("NotDockerRun:pull")});
    row("redirection", "docker run img python x.py > out.log 2>&1", R"J({"command":["python","x.py"]})J",
        {s("ShellConstruct:>"), s("ShellConstruct:>&")});
    row("background", "docker run img sleep 9 &", R"J({"command":["sleep","9"]})J", {s("ShellConstruct:&")});
    // Placeholders as tutorials and the docker documentation write them.
    row("optionalCommandSpan",
        "docker run --rm -it pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime [python pytorch-tutorial.py]",
        R"J({"command":["python","pytorch-tutorial.py"]})J", {s("Placeholder:[python pytorch-tutorial.py]")});
    row("capitalsPlaceholders", "docker run --name NAME -v HOST_DIR:/data -w WORKDIR IMAGE [COMMAND]", "",
        {s("Placeholder:[COMMAND]"), s("Placeholder:NAME"), s("Placeholder:HOST_DIR"), s("Placeholder:WORKDIR"),
         s("Placeholder:IMAGE")});
    row("quotedCapitalsAreValues", "docker run --name 'RUN1' img", R"J({"name":"RUN1"})J");
    row("testBracketIsACommand", "docker run img [ -f x ]", R"J({"command":["[","-f","x","]"]})J");
    row("unclosedSpanIsNoPlaceholder", "docker run img [python x.py", R"J({"command":["[python","x.py"]})J");
    row("twoCommands", "docker run img\ndocker run other", R"J({"image":"img"})J", {s("MultipleCommands:")});
    // The tutorial makes its pip cache first: Berth makes volumes itself, so that line is checked and skipped.
    row("volumeCreateThenRun", "docker volume create pip_cache\ndocker run -v pip_cache:/pip_cache img",
        R"J({"image":"img"})J", {s("IgnoredOption:pip_cache")});
    row("volumeCreateAndAndRun", "sudo docker volume create --name data && docker run -v data:/data img",
        R"J({"image":"img"})J", {s("IgnoredOption:data")});
    row("volumeCreateWithDriver", "docker volume create -d local --opt type=tmpfs x; docker run -v x:/x img",
        R"J({"image":"img"})J", {s("IgnoredOption:x")});
    row("volumeCreateUnused", "docker volume create other\ndocker run img", R"J({"image":"img"})J",
        {s("MultipleCommands:other")});
    row("volumeCreateAfterRun", "docker run img\ndocker volume create late", R"J({"image":"img"})J",
        {s("MultipleCommands:")});
    row("notDocker", "podman run img", "", {s("NotDockerRun:podman")});
    row("dockerPs", "docker ps -a", "", {s("NotDockerRun:ps")});
    row("missingImage", "docker run --rm -it", "", {s("MissingImage:")});
    row("missingValue", "docker run img2 --name", R"J({"image":"img2","command":["--name"]})J");
    row("missingValueAtEnd", "docker run --name", "", {s("MissingValue:--name"), s("MissingImage:")});
    row("commandSubstitution", "docker run --name $(whoami)-run img", "", {s("CommandSubstitution:$(whoami)")});
    row("emptyText", "", "", {s("NotDockerRun:")});
    row("invalidNameStillParsed", "docker run --name 'my name' img", R"J({"name":"my name"})J");
}

void TestDockerRunParser::parse()
{
    QFETCH(QString, line);
    QFETCH(QByteArray, expected);
    QFETCH(QStringList, problems);

    const DockerRunParser::Result result = DockerRunParser::parse(line, fixedOptions());
    QCOMPARE(problemKeys(result.problems), problems);
    if (!expected.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(expected, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QString where;
        QVERIFY2(jsonSubset(doc.object(), result.spec.toJson(), QStringLiteral("spec"), &where), qPrintable(where));
    }
}

void TestDockerRunParser::problemOffsets_pointAtTheToken()
{
    const QString line = QStringLiteral("docker run --foo img");
    const DockerRunParser::Result result = DockerRunParser::parse(line, fixedOptions());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(line.mid(result.problems.first().offset, 5), QStringLiteral("--foo"));
}

void TestDockerRunParser::problemsAreTranslatedText()
{
    const DockerRunParser::Result result =
        DockerRunParser::parse(QStringLiteral("docker run --cgroup-parent=/x img"), fixedOptions());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(QStringLiteral("--cgroup-parent")));
    QVERIFY(result.problems.first().isError());
}

void TestDockerRunParser::randomText_neverCrashesAndRoundTrips()
{
    // Bad input never crashes or hangs, and whatever parses cleanly writes back to the same spec.
    static const char *pieces[] = {"docker run ",
                                   "-it ",
                                   "--rm ",
                                   "-v ",
                                   "$(pwd)",
                                   ":/src",
                                   ":ro",
                                   " ",
                                   "  ",
                                   "'",
                                   "\"",
                                   "\\",
                                   "\\\n",
                                   "\n",
                                   "#",
                                   "~",
                                   "$",
                                   "${",
                                   "}",
                                   "$(",
                                   ")",
                                   "`",
                                   "|",
                                   ";",
                                   "&",
                                   "<",
                                   ">",
                                   "[",
                                   "]",
                                   "=",
                                   ",",
                                   "--gpus ",
                                   "all",
                                   "device=0,1",
                                   "-e ",
                                   "A=1",
                                   "--mount ",
                                   "type=bind,src=/a,dst=/b",
                                   "-p ",
                                   "80:80",
                                   "img",
                                   " python x.py",
                                   "--name ",
                                   "x1",
                                   "-w ",
                                   "/w",
                                   "--entrypoint",
                                   "--shm-size ",
                                   "1g",
                                   "--ulimit ",
                                   "memlock=-1",
                                   "\t",
                                   "é",
                                   "/bin/bash -c ",
                                   "pip install -r requirements.txt && ",
                                   "--",
                                   "-",
                                   "--tmpfs ",
                                   "/t:size=1m",
                                   "-u ",
                                   "$(id -u):$(id -g)",
                                   "--label ",
                                   "k=v w",
                                   "--restart ",
                                   "on-failure:2",
                                   "--cpus ",
                                   "0.5",
                                   "$'a\\tb'"};
    constexpr int pieceCount = int(sizeof(pieces) / sizeof(pieces[0]));
    QRandomGenerator random(20240611);
    int clean = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text = random.bounded(2) ? QStringLiteral("docker run ") : QString();
        const int n = random.bounded(12);
        for (int k = 0; k < n; ++k)
            text += QString::fromUtf8(pieces[random.bounded(pieceCount)]);
        const DockerRunParser::Result parsed = DockerRunParser::parse(text, fixedOptions());
        if (!parsed.problems.isEmpty())
            continue;
        ++clean;
        const QString written = DockerRunWriter::write(parsed.spec);
        const DockerRunParser::Result back = DockerRunParser::parse(written, fixedOptions());
        QVERIFY2(back.problems.isEmpty() && back.spec == parsed.spec,
                 qPrintable(text + QStringLiteral("\n -> ") + written + QLatin1Char(' ') +
                            problemKeys(back.problems).join(QLatin1Char(' '))));
    }
    qDebug("%d of 20000 random lines parsed cleanly and round-tripped", clean);
    QVERIFY(clean > 100);
}

QTEST_GUILESS_MAIN(TestDockerRunParser)
#include "test_dockerrunparser.moc"
