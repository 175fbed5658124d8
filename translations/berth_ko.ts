<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>MountValidator</name>
    <message>
        <location filename="../core/launch/mountvalidator.cpp" line="+129"/>
        <source>Row %1: the tmpfs size “%2” is not a size. Write a number with an optional unit, such as 64m or 1g.</source>
        <translation>행 %1: tmpfs 크기 “%2”은(는) 크기가 아닙니다. 64m이나 1g처럼 숫자 뒤에 단위를 붙여 쓰세요(단위는 생략 가능).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Row %1: choose a host folder to mount.</source>
        <translation>행 %1: 마운트할 호스트 폴더를 고르세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: the host folder “%2” must be a full path starting with /.</source>
        <translation>행 %1: 호스트 폴더 “%2”은(는) /로 시작하는 전체 경로여야 합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: the host folder “%2” contains “:”, which -v cannot express.</source>
        <translation>행 %1: 호스트 폴더 “%2”에 “:”이 들어 있어 -v로는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>Use --mount</source>
        <translation>--mount 사용</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Row %1: the host folder “%2” does not exist on %3. Create it there yourself so that it belongs to you; the engine would create it owned by root.</source>
        <translation>%1행: %3에 호스트 폴더가 없습니다: “%2”. 그곳에서 직접 만들어 내 소유가 되게 하세요. 엔진이 만들면 root 소유가 됩니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1: the host folder “%2” does not exist. Create it yourself so that it belongs to you; the engine would create it owned by root.</source>
        <translation>행 %1: 호스트 폴더 “%2”이(가) 없습니다. 직접 만들어 두어야 내 소유가 됩니다. 엔진이 만들면 root 소유가 됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create folder</source>
        <translation>폴더 만들기</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Row %1: “%2” is not a valid volume name. Use letters, digits, “_”, “.” and “-”, starting with a letter or digit, at least two characters.</source>
        <translation>행 %1: “%2”은(는) 올바른 볼륨 이름이 아닙니다. 영문자, 숫자, “_”, “.”, “-”만 쓰고, 영문자나 숫자로 시작하는 두 글자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1: the tmpfs size cannot be negative.</source>
        <translation>행 %1: tmpfs 크기는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: the tmpfs size “%2” is not a size. --tmpfs takes a number with an optional k, m or g, or a percentage such as 50%.</source>
        <translation>행 %1: tmpfs 크기 “%2”은(는) 크기가 아닙니다. --tmpfs에는 숫자(k, m, g 단위 가능)나 50% 같은 비율을 쓰세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1: enter the path inside the container, such as /data.</source>
        <translation>행 %1: 컨테이너 안의 경로를 입력하세요(예: /data).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: the container path “%2” must start with /.</source>
        <translation>행 %1: 컨테이너 경로 “%2”은(는) /로 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use /%1</source>
        <translation>/%1 사용</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2 is a system path inside the container; mounting over it breaks the container. Choose another path.</source>
        <translation>행 %1: %2은(는) 컨테이너 안의 시스템 경로입니다. 그 위에 마운트하면 컨테이너가 망가집니다. 다른 경로를 고르세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: this mount replaces the container&apos;s own %2. Only tools that read the host&apos;s devices or kernel state need that; other programs may stop working.</source>
        <translation>행 %1: 이 마운트가 컨테이너 자신의 %2 경로를 가립니다. 호스트의 장치나 커널 상태를 읽는 도구에만 필요하며, 다른 프로그램은 제대로 동작하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: the container path “%2” contains “:”, which -v cannot express.</source>
        <translation>행 %1: 컨테이너 경로 “%2”에 “:”이 들어 있어 -v로는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: the pip cache for installing requirements is mounted at %2. Choose another container path, or turn off the pip cache.</source>
        <translation>행 %1: 요구 사항 설치용 pip 캐시가 %2에 마운트됩니다. 다른 컨테이너 경로를 고르거나 pip 캐시를 끄세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row %1: row %2 also mounts at %3. Each container path can be mounted once.</source>
        <translation>행 %1: 행 %2도 %3에 마운트합니다. 컨테이너 경로 하나에는 한 번만 마운트할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row %1: this mounts the host&apos;s whole file system (/). Everyone&apos;s files, and the system itself, become writable by the container&apos;s root user.</source>
        <translation>행 %1: 호스트의 파일 시스템 전체(/)를 마운트합니다. 모든 사용자의 파일과 시스템 자체를 컨테이너의 root 사용자가 고칠 수 있게 됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: %2 holds the host&apos;s system configuration, including password hashes. The container&apos;s root user can read and change it.</source>
        <translation>행 %1: %2에는 비밀번호 해시를 포함한 호스트의 시스템 설정이 있습니다. 컨테이너의 root 사용자가 읽고 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row %1: %2 is a link to the Docker engine&apos;s socket (%3). Anything in the container that uses it has root on the host and can reach every user&apos;s containers.</source>
        <translation>%1번 행: %2은(는) Docker 엔진 소켓(%3)의 링크입니다. 컨테이너 안에서 이를 쓰는 것은 무엇이든 호스트의 root 권한을 얻고 모든 사용자의 컨테이너에 닿을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2 is the Docker engine&apos;s socket. Anything in the container that uses it has root on the host and can reach every user&apos;s containers.</source>
        <translation>행 %1: %2은(는) Docker 엔진의 소켓입니다. 컨테이너 안에서 이것을 쓰는 프로그램은 호스트의 root 권한을 얻고 모든 사용자의 컨테이너에 접근할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2 contains the Docker engine&apos;s socket (%3), which gives root on the host to anything in the container that uses it.</source>
        <translation>행 %1: %2에 Docker 엔진의 소켓(%3)이 들어 있습니다. 컨테이너 안에서 이것을 쓰는 프로그램은 호스트의 root 권한을 얻습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2 holds the Docker engine&apos;s data (%3): every image, volume and container&apos;s files. Changing it can break the engine for everyone.</source>
        <translation>%1번 행: %2에는 Docker 엔진의 데이터(%3)가 있습니다. 모든 이미지, 볼륨, 컨테이너의 파일입니다. 바꾸면 모두의 엔진이 망가질 수 있습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2 is part of the host system (%3). The container&apos;s root user can change the host&apos;s devices, kernel settings or programs through it.</source>
        <translation>%1번 행: %2은(는) 호스트 시스템의 일부(%3)입니다. 컨테이너의 root 사용자가 이를 통해 호스트의 장치, 커널 설정, 프로그램을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1: %2 is in the root user&apos;s home folder, which is not yours: it often holds credentials for the whole server.</source>
        <translation>%1번 행: %2은(는) 내 것이 아닌 root 사용자의 홈 폴더에 있습니다. 서버 전체의 인증 정보가 들어 있는 경우가 많습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Row %1: %2 is in another user&apos;s home folder (%3). On a shared server, mount only your own files.</source>
        <translation>행 %1: %2은(는) 다른 사용자의 홈 폴더(%3) 안에 있습니다. 공용 서버에서는 내 파일만 마운트하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: %2 contains other users&apos; home folders. On a shared server, mount only your own files.</source>
        <translation>행 %1: %2에는 다른 사용자들의 홈 폴더가 들어 있습니다. 공용 서버에서는 내 파일만 마운트하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a full path.</source>
        <translation>“%1”은(는) 전체 경로가 아닙니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” exists but is not a folder.</source>
        <translation>“%1”이(가) 있지만 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not create the folder “%1”. Check that you may write to its parent folder.</source>
        <translation>“%1” 폴더를 만들 수 없습니다. 상위 폴더에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>berth::app</name>
    <message>
        <location filename="../app/enginecommand.cpp" line="+22"/>
        <source>Check the Docker engine connection.</source>
        <translation>Docker 엔진 연결을 확인합니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Context: %1</source>
        <translation>컨텍스트: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: this connection is not encrypted, and anyone who can reach the port controls the engine (root on that machine).</source>
        <translation>경고: 이 연결은 암호화되지 않았습니다. 이 포트에 닿을 수 있는 누구나 엔진(그 컴퓨터의 root 권한)을 조종할 수 있습니다.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Docker Engine %1 at %2, API %3 (Berth uses %4)</source>
        <translation>%2의 Docker Engine %1, API %3 (Berth는 %4 사용)</translation>
    </message>
    <message>
        <location filename="../app/engineoptions.cpp" line="+15"/>
        <source>Engine address: unix://PATH, tcp://HOST:PORT or ssh://[USER@]HOST[:PORT][/SOCKET].</source>
        <translation>엔진 주소: unix://경로, tcp://호스트:포트 또는 ssh://[사용자@]호스트[:포트][/소켓].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker context to use (as in docker --context).</source>
        <translation>사용할 docker 컨텍스트(docker --context와 같음).</translation>
    </message>
    <message>
        <location filename="../app/pscommand.cpp" line="+113"/>
        <source>List containers on one server or on every server.</source>
        <translation>한 서버 또는 모든 서버의 컨테이너를 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every docker context, side by side.</source>
        <translation>모든 docker 컨텍스트를 나란히.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show stopped containers too.</source>
        <translation>멈춘 컨테이너도 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/serverscommand.cpp" line="+46"/>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>SERVER</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONTAINER ID</source>
        <translation>컨테이너 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/serverscommand.cpp" line="+46"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAGE</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/serverscommand.cpp" line="+1"/>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OWNER</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/serverscommand.cpp" line="+1"/>
        <source>GPUS</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../app/serverscommand.cpp" line="-66"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no nvidia-smi</source>
        <translation>nvidia-smi 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nvidia-smi failed</source>
        <translation>nvidia-smi 실패</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 free</source>
        <translation>%2개 중 %1개 비어 있음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every server (docker context) with its engine, containers and GPUs.</source>
        <translation>모든 서버(docker 컨텍스트)의 엔진, 컨테이너, GPU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engine address of the default server.</source>
        <translation>기본 서버의 엔진 주소.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to wait for each server (default 10).</source>
        <translation>서버마다 기다릴 초(기본 10).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>HOST</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ENGINE</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONTAINERS</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reachable</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 running / %2</source>
        <translation>%1개 실행 중 / %2</translation>
    </message>
</context>
<context>
    <name>berth::app::RunCommand</name>
    <message>
        <location filename="../app/runcommand.cpp" line="+68"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Launch a docker run line as the Berth window does, record it, and stream its output.</source>
        <translation>docker run 명령을 Berth 창과 똑같이 실행하고 기록하며 출력을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it, print the container id and return.</source>
        <translation>시작한 뒤 컨테이너 ID를 출력하고 바로 돌아옵니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container name (replaces the line&apos;s --name).</source>
        <translation>컨테이너 이름(명령의 --name을 대신합니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker run line, in quotes.</source>
        <translation>따옴표로 감싼 docker run 명령.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>berth run: give the docker run line after --, in quotes.</source>
        <translation>berth run: -- 뒤에 docker run 명령을 따옴표로 감싸 적어 주세요.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>berth run: the run is not recorded: %1</source>
        <translation>berth run: 실행이 기록되지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>berth::app::RunsCommand</name>
    <message>
        <location filename="../app/runscommand.cpp" line="+45"/>
        <source>List the run history, newest first.</source>
        <translation>실행 기록을 최신순으로 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON (one array of run objects).</source>
        <translation>JSON으로 출력합니다(실행 객체 하나의 배열).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N runs (default 20; 0 for all).</source>
        <translation>최대 N개의 실행을 보여 줍니다(기본값 20, 0이면 전부).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only runs with this status: running, exited, succeeded, failed, killed, oom-killed, removed, engine-lost, unknown, failed-to-start.</source>
        <translation>이 상태의 실행만 보여 줍니다: running, exited, succeeded, failed, killed, oom-killed, removed, engine-lost, unknown, failed-to-start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only runs on this server.</source>
        <translation>이 서버의 실행만 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --json: include each run&apos;s saved log tail.</source>
        <translation>--json과 함께: 각 실행의 저장된 로그 끝부분을 포함합니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>berth runs: --limit needs a number of runs, not &quot;%1&quot;.</source>
        <translation>berth runs: --limit에는 &quot;%1&quot;이 아니라 실행 개수를 적어야 합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>berth runs: unknown status &quot;%1&quot;.</source>
        <translation>berth runs: 알 수 없는 상태 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>berth runs: cannot open the run history %1: %2</source>
        <translation>berth runs: 실행 기록 %1을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>berth runs: the run history could not be read and was kept as %1; a new one was started.</source>
        <translation>berth runs: 실행 기록을 읽을 수 없어 %1(으)로 보관하고 새 기록을 시작했습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No runs recorded yet.</source>
        <translation>아직 기록된 실행이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation>실행 시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATED</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVER</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAGE</source>
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>berth::app::TagsCommand</name>
    <message>
        <location filename="../app/tagscommand.cpp" line="+93"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CUDNN</source>
        <translation>CUDNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VARIANT</source>
        <translation>VARIANT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DRIVER</source>
        <translation>DRIVER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PUSHED</source>
        <translation>PUSHED</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Lists an image repository&apos;s tags with what each tag says: version, GPU, CUDA, cuDNN, runtime or devel, and the NVIDIA driver it needs.</source>
        <translation>이미지 저장소의 태그를 각 태그가 알려 주는 정보(버전, GPU, CUDA, cuDNN, runtime/devel, 필요한 NVIDIA 드라이버)와 함께 나열합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker Hub API address (default: the setting).</source>
        <translation>Docker Hub API 주소(기본값: 설정에 저장된 주소).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tags whose name contains every word.</source>
        <translation>이름에 모든 단어가 들어 있는 태그만 표시합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of a table.</source>
        <translation>표 대신 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensorflow/tensorflow, pytorch/pytorch, nvidia/cuda or [registry/]ns/repo</source>
        <translation>tensorflow/tensorflow, pytorch/pytorch, nvidia/cuda 또는 [registry/]ns/repo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: berth tags [--hub-url URL] [--filter TEXT] [--json] REPOSITORY</source>
        <translation>사용법: berth tags [--hub-url URL] [--filter TEXT] [--json] REPOSITORY</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a URL: %1</source>
        <translation>URL이 아닙니다: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Docker Hub&apos;s rate limit was reached; waiting until %1.</source>
        <translation>Docker Hub 요청 한도에 도달했습니다. %1까지 기다립니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Showing the cached tags from %1.</source>
        <translation>%1에 캐시된 태그를 표시합니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n tag name(s) from the registry broke the tag grammar (control characters, &quot;../&quot; …) and were left out.</source>
        <translation>
            <numerusform>레지스트리가 보낸 태그 이름 %n개가 태그 규칙에 맞지 않아(제어 문자, &quot;../&quot; 등) 제외했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::core::BestServer</name>
    <message>
        <location filename="../core/lab/bestserver.cpp" line="+31"/>
        <source>%1 has %2 free</source>
        <translation>%1: %2개 비어 있음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it already has the image</source>
        <translation>이미지가 이미 있음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the image will be pulled there</source>
        <translation>이미지를 그곳에서 내려받음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: reachable with the fewest running containers (%2); %3.</source>
        <translation>%1: 연결되고 실행 중인 컨테이너가 가장 적음(%2개). %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n free GPU(s) with the most free memory (%2 GiB on GPU %3); %4.</source>
        <translation>
            <numerusform>%1: 여유 메모리가 가장 많은 빈 GPU %n개(GPU %3에 %2 GiB). %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No server answers.</source>
        <translation>응답하는 서버가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No server has %n free GPU(s): %1.</source>
        <translation>
            <numerusform>빈 GPU가 %n개 있는 서버가 없습니다: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::core::ContainerMonitor</name>
    <message>
        <location filename="../core/engine/containermonitor.cpp" line="+80"/>
        <source>The engine closed the events stream.</source>
        <translation>엔진이 이벤트 스트림을 닫았습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::CreateBodyBuilder</name>
    <message>
        <location filename="../core/launch/envfile.cpp" line="+36"/>
        <source>line &quot;%1&quot; has no valid variable name</source>
        <translation>&quot;%1&quot; 줄에 올바른 변수 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/launch/createbodybuilder.cpp" line="+43"/>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a line is longer than 64 KiB (token too long)</source>
        <translation>64KiB보다 긴 줄이 있습니다(token too long)</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1 ports are published; Berth publishes at most %2</source>
        <translation>공개하는 포트가 %1개입니다. Berth는 최대 %2개까지 공개합니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the env file %1: %2</source>
        <translation>env 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>berth::core::DiskUsage</name>
    <message>
        <location filename="../core/engine/diskusage.cpp" line="+116"/>
        <source>The engine sent malformed disk usage data: %1</source>
        <translation>엔진이 잘못된 디스크 사용량 데이터를 보냈습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>객체가 아님</translation>
    </message>
</context>
<context>
    <name>berth::core::DockerRunParser</name>
    <message>
        <location filename="../core/launch/dockerrunparser.cpp" line="+296"/>
        <source>The text holds more than one command: paste a single docker run command (join continued lines with a backslash at the end)</source>
        <translation>텍스트에 명령이 둘 이상 있습니다. docker run 명령 하나만 붙여 넣으세요(이어지는 줄은 줄 끝에 백슬래시를 붙여 연결).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is empty</source>
        <translation>텍스트가 비어 있습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The line publishes %1 ports; Berth publishes at most %2 (each one costs the engine a proxy and the container&apos;s configuration grows with it): publish fewer or smaller ranges</source>
        <translation>이 명령은 포트 %1개를 공개합니다. Berth는 최대 %2개까지 공개합니다(포트마다 엔진이 프록시를 하나씩 쓰고 컨테이너 설정도 그만큼 커집니다). 포트 수나 범위를 줄이세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NV_GPU only means something to nvidia-docker; it was ignored</source>
        <translation>NV_GPU는 nvidia-docker에서만 의미가 있어 무시했습니다</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>docker volume create without a name makes a volume the run cannot name: paste only the docker run command</source>
        <translation>이름 없는 docker volume create는 실행 명령이 가리킬 수 없는 볼륨을 만듭니다. docker run 명령만 붙여 넣으세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text also creates the volume %1, which the docker run command does not use: paste only the docker run command</source>
        <translation>텍스트가 볼륨 %1도 만들지만 docker run 명령은 그 볼륨을 쓰지 않습니다. docker run 명령만 붙여 넣으세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>docker volume create %1 was skipped with its options: Berth creates the volume with the engine&apos;s defaults when the run needs it; create it yourself first for another driver</source>
        <translation>docker volume create %1 줄은 옵션과 함께 건너뛰었습니다. 실행에 필요할 때 Berth가 엔진 기본값으로 볼륨을 만듭니다. 다른 드라이버가 필요하면 먼저 직접 만드세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker volume create %1 was skipped: Berth creates the volume when the run needs it</source>
        <translation>docker volume create %1 줄은 건너뛰었습니다. 실행에 필요할 때 Berth가 볼륨을 만듭니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is set for the docker command itself, not inside the container: it was ignored (use -e to set it in the container)</source>
        <translation>%1은(는) 컨테이너 안이 아니라 docker 명령 자체에 설정된 값이라 무시했습니다(컨테이너 안에 설정하려면 -e 사용)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a docker run command</source>
        <translation>docker run 명령이 아닙니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a docker run command: it starts with &quot;%1&quot;</source>
        <translation>docker run 명령이 아닙니다: &quot;%1&quot;(으)로 시작합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>docker %1 was ignored: Berth uses the engine chosen in its settings</source>
        <translation>docker %1은(는) 무시했습니다. Berth는 설정에서 고른 엔진을 사용합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This docker command does not run a container: use docker run</source>
        <translation>컨테이너를 실행하는 docker 명령이 아닙니다. docker run을 쓰세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker %1 does not run a container: use docker run</source>
        <translation>docker %1은(는) 컨테이너를 실행하지 않습니다. docker run을 쓰세요</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--%1 is not a docker run option</source>
        <translation>--%1은(는) docker run 옵션이 아닙니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+24"/>
        <source>expected true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 is not a docker run option</source>
        <translation>%1은(는) docker run 옵션이 아닙니다</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 needs a value</source>
        <translation>%1에는 값이 필요합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The command names no image: add the image after the options</source>
        <translation>명령에 이미지가 없습니다. 옵션 뒤에 이미지를 쓰세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+113"/>
        <source>&quot;%1&quot; is a placeholder: replace it with a real value</source>
        <translation>자리표시자입니다: “%1”. 실제 값으로 바꾸세요</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 is an optional command: Berth put %2 in the Command field. Clear it to get a shell in the container instead.</source>
        <translation>선택 사항인 명령입니다: %1. Berth가 명령 칸에 다음을 넣었습니다: %2. 대신 컨테이너 셸을 열려면 비우세요.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 only changes how the docker command behaves; Berth does not need it and ignored it</source>
        <translation>%1은(는) docker 명령의 동작만 바꾸는 옵션이라 Berth에는 필요 없어 무시했습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a docker run option that Berth does not support yet</source>
        <translation>%1은(는) Berth가 아직 지원하지 않는 docker run 옵션입니다</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>expected a size such as 8g or 512m</source>
        <translation>8g나 512m 같은 크기여야 합니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the label has no name</source>
        <translation>레이블에 이름이 없습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a number of CPUs such as 4 or 1.5</source>
        <translation>4나 1.5 같은 CPU 개수여야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected CPU numbers and ranges such as 0-3 or 0,2</source>
        <translation>0-3이나 0,2 같은 CPU 번호와 범위여야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a size such as 16g or 512m</source>
        <translation>16g나 512m 같은 크기여야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a size such as 32g, or -1 for unlimited swap</source>
        <translation>32g 같은 크기여야 합니다(스왑 무제한은 -1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berth connects a container to one network; the second %1 %2 is not supported</source>
        <translation>Berth는 컨테이너를 네트워크 하나에만 연결합니다. 두 번째 %1 %2은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 with options (%2) is not supported: give just the network name</source>
        <translation>옵션(%2)이 붙은 %1은(는) 지원하지 않습니다. 네트워크 이름만 쓰세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>container: needs the name or id of a container</source>
        <translation>container: 뒤에 컨테이너 이름이나 ID가 필요합니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a DNS server is given by its IP address</source>
        <translation>DNS 서버는 IP 주소로 지정합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected no, always, unless-stopped or on-failure[:N]</source>
        <translation>no, always, unless-stopped, on-failure[:N] 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected host or container:NAME</source>
        <translation>host 또는 container:이름 이어야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: neither a device path nor a CDI device name (vendor.com/class=name)</source>
        <translation>%1 %2: 장치 경로도, CDI 장치 이름(vendor.com/class=name)도 아닙니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a Linux capability (such as SYS_PTRACE or NET_ADMIN)</source>
        <translation>Linux capability가 아닙니다(예: SYS_PTRACE, NET_ADMIN)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 %2: the docker CLI reads this as GPU %3 plus a count of %4, which the engine refuses; Berth uses GPUs %5 (for the CLI, quote it: &apos;&quot;device=%5&quot;&apos;)</source>
        <translation>%1 %2: docker CLI는 이것을 GPU %3와 개수 %4로 읽고, 엔진은 이를 거부합니다. Berth는 GPU %5을(를) 씁니다(CLI에서는 &apos;&quot;device=%5&quot;&apos;처럼 따옴표로 감싸세요)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected KEY=VALUE with label, apparmor, seccomp or systempaths, or no-new-privileges</source>
        <translation>label, apparmor, seccomp, systempaths 중 하나의 KEY=VALUE이거나 no-new-privileges여야 합니다</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>the variable has no name</source>
        <translation>변수에 이름이 없습니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mount option %1 only matters on Docker Desktop for Mac; it was ignored</source>
        <translation>마운트 옵션 %1은(는) Mac용 Docker Desktop에서만 의미가 있어 무시했습니다</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 %2: seccomp profile files are not supported yet</source>
        <translation>%1 %2: seccomp 프로필 파일은 아직 지원하지 않습니다</translation>
    </message>
</context>
<context>
    <name>berth::core::DriverVersion</name>
    <message>
        <location filename="../core/gpu/driverversion.cpp" line="+57"/>
        <source>This image needs NVIDIA driver %1 or newer, but this computer has driver %2. Choose an older tag or update the driver.</source>
        <translation>이 이미지에는 NVIDIA 드라이버 %1 이상이 필요하지만 이 컴퓨터의 드라이버는 %2입니다. 더 오래된 태그를 고르거나 드라이버를 업데이트하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image uses CUDA %1, which needs NVIDIA driver %2 or newer, but this computer has driver %3. Choose a tag with an older CUDA or update the driver.</source>
        <translation>이 이미지는 CUDA %1을(를) 쓰므로 NVIDIA 드라이버 %2 이상이 필요하지만 이 컴퓨터의 드라이버는 %3입니다. 더 낮은 CUDA 버전의 태그를 고르거나 드라이버를 업데이트하세요.</translation>
    </message>
</context>
<context>
    <name>berth::core::EngineClient</name>
    <message>
        <location filename="../core/engine/engineclient.cpp" line="+53"/>
        <source>The engine sent malformed JSON: %1</source>
        <translation>엔진이 잘못된 JSON을 보냈습니다: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>DOCKER_API_VERSION=%1 is not a valid API version (expected a form like 1.41).</source>
        <translation>DOCKER_API_VERSION=%1은(는) 올바른 API 버전이 아닙니다(1.41 같은 형식이어야 함).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DOCKER_API_VERSION=%1 is older than API %2, the oldest Berth speaks. Unset it or pin %2 or newer.</source>
        <translation>DOCKER_API_VERSION=%1은(는) Berth가 지원하는 가장 오래된 API %2보다 오래되었습니다. 이 변수를 지우거나 %2 이상으로 지정하세요.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The engine did not say which API version it speaks; Berth needs API %1 or newer (Docker Engine 19.03 or newer).</source>
        <translation>엔진이 사용하는 API 버전을 알려 주지 않았습니다. Berth에는 API %1 이상(Docker Engine 19.03 이상)이 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine speaks API %1, but Berth needs %2 or newer (Docker Engine 19.03 or newer). Please upgrade Docker.</source>
        <translation>엔진의 API 버전은 %1이지만 Berth에는 %2 이상(Docker Engine 19.03 이상)이 필요합니다. Docker를 업그레이드하세요.</translation>
    </message>
    <message>
        <location line="+545"/>
        <source>The engine answered HTTP %1 instead of switching to a raw stream.</source>
        <translation>엔진이 원시 스트림으로 전환하지 않고 HTTP %1(으)로 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::EngineStream</name>
    <message>
        <location filename="../core/engine/enginestreams.cpp" line="+58"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::EventStream</name>
    <message>
        <location line="+114"/>
        <source>The engine sent a malformed event.</source>
        <translation>엔진이 잘못된 이벤트를 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::FreeGpuChooser</name>
    <message>
        <location filename="../core/gpu/freegpuchooser.cpp" line="+32"/>
        <source>this server</source>
        <translation>이 서버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for at least one free GPU.</source>
        <translation>빈 GPU를 하나 이상 요청하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berth cannot see the GPUs of %1 (nvidia-smi gave no answer there), so it cannot tell which are free. Name the GPUs instead.</source>
        <translation>Berth가 %1의 GPU를 볼 수 없어(그곳의 nvidia-smi가 응답하지 않음) 어느 GPU가 비어 있는지 알 수 없습니다. 대신 GPU를 직접 지정하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>No GPU of %1 is free: %n wanted.</source>
        <translation>
            <numerusform>%1에 빈 GPU가 없습니다: %n개 필요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Only %1 of the %n GPU(s) wanted are free on %2 (GPU %3).</source>
        <translation>
            <numerusform>필요한 GPU %n개 중 %2에서 비어 있는 것은 %1개뿐입니다(GPU %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::core::FreeGpuFinder</name>
    <message>
        <location filename="../core/lab/freegpufinder.cpp" line="+39"/>
        <source>Berth could not ask the engine which GPUs are in use: %1</source>
        <translation>어떤 GPU가 사용 중인지 엔진에 물어볼 수 없었습니다: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no engine</source>
        <translation>엔진 없음</translation>
    </message>
</context>
<context>
    <name>berth::core::GpuCapability</name>
    <message>
        <location filename="../core/gpu/gpucapability.cpp" line="+39"/>
        <source>The engine runs containers with the NVIDIA runtime by default.</source>
        <translation>엔진이 기본적으로 NVIDIA 런타임으로 컨테이너를 실행합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine has the NVIDIA runtime.</source>
        <translation>엔진에 NVIDIA 런타임이 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is installed but %2 is missing, so starting a GPU container will probably fail.</source>
        <translation>%1은(는) 설치되어 있지만 %2이(가) 없어서 GPU 컨테이너를 시작하면 실패할 가능성이 큽니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NVIDIA Container Toolkit is installed (%1).</source>
        <translation>NVIDIA Container Toolkit이 설치되어 있습니다(%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine has NVIDIA CDI devices (%1).</source>
        <translation>엔진에 NVIDIA CDI 장치가 있습니다(%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine supports CDI devices, but whether its host has NVIDIA ones cannot be seen from here.</source>
        <translation>엔진이 CDI 장치를 지원하지만, 엔진 호스트에 NVIDIA 장치가 있는지는 여기서 알 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine has no NVIDIA runtime; it may still have the NVIDIA Container Toolkit, which cannot be seen from here. Starting tells.</source>
        <translation>엔진에 NVIDIA 런타임이 없습니다. NVIDIA Container Toolkit은 있을 수도 있지만 여기서는 알 수 없으니, 시작해 보면 알 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine cannot give containers GPUs: it has no NVIDIA runtime and the NVIDIA Container Toolkit is not installed. Install nvidia-container-toolkit and restart Docker.</source>
        <translation>엔진이 컨테이너에 GPU를 줄 수 없습니다. NVIDIA 런타임이 없고 NVIDIA Container Toolkit도 설치되어 있지 않습니다. nvidia-container-toolkit을 설치하고 Docker를 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not ask the engine whether it can give GPUs: %1</source>
        <translation>엔진이 GPU를 줄 수 있는지 확인하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>berth::core::GpuInventory</name>
    <message>
        <location filename="../core/gpu/gpuinventory.cpp" line="+150"/>
        <source>nvidia-smi could not be started: %1</source>
        <translation>nvidia-smi를 시작할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>nvidia-smi did not answer within %n second(s).</source>
        <translation>
            <numerusform>nvidia-smi가 %n초 안에 응답하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nvidia-smi printed more than %1 bytes; this is not its normal output.</source>
        <translation>nvidia-smi가 %1바이트 넘게 출력했습니다. 정상적인 출력이 아닙니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nvidia-smi crashed.</source>
        <translation>nvidia-smi가 비정상 종료했습니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Looking for GPUs…</source>
        <translation>GPU를 찾는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nvidia-smi was not found on this computer, so its GPUs cannot be shown. Install the NVIDIA driver if this computer has an NVIDIA GPU.</source>
        <translation>이 컴퓨터에서 nvidia-smi를 찾을 수 없어 GPU를 표시할 수 없습니다. NVIDIA GPU가 있는 컴퓨터라면 NVIDIA 드라이버를 설치하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nvidia-smi failed (exit code %1): %2</source>
        <translation>nvidia-smi 실패(종료 코드 %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nvidia-smi failed: %1</source>
        <translation>nvidia-smi 실패: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nvidia-smi found no GPUs on this computer.</source>
        <translation>nvidia-smi가 이 컴퓨터에서 GPU를 찾지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n GPU(s), driver %1</source>
        <translation>
            <numerusform>GPU %n개, 드라이버 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>berth::core::GpuRequest</name>
    <message>
        <location filename="../core/gpu/gpurequest.cpp" line="+40"/>
        <source>--gpus needs a value: all, a number, or device=IDS</source>
        <translation>--gpus에는 값이 필요합니다: all, 개수, device=IDS 중 하나</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+9"/>
        <source>--gpus %1: %2 can be given only once</source>
        <translation>--gpus %1: %2은(는) 한 번만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+13"/>
        <source>GPU count must be a number (0 or more, -1 for all) or all: %1</source>
        <translation>GPU 개수는 숫자(0 이상, 전부는 -1)이거나 all이어야 합니다: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>free= needs a positive number of GPUs: %1</source>
        <translation>free=에는 양수의 GPU 개수가 필요합니다: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown GPU option &quot;%1&quot; in --gpus %2</source>
        <translation>--gpus %2에 알 수 없는 GPU 옵션 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>device= needs at least one GPU index or UUID</source>
        <translation>device=에는 GPU 번호나 UUID가 하나 이상 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>berth::core::HttpClient</name>
    <message>
        <location filename="../core/http/httpclient.cpp" line="+24"/>
        <source>The engine address %1 names no socket; write it with a path, for example unix:///var/run/docker.sock.</source>
        <translation>엔진 주소 %1에 소켓 경로가 없습니다. unix:///var/run/docker.sock처럼 경로를 함께 쓰세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engine addresses of the form %1:// are not supported here; use unix:// (for example unix:///var/run/docker.sock).</source>
        <translation>%1:// 형식의 엔진 주소는 여기서 쓸 수 없습니다. unix://를 쓰세요(예: unix:///var/run/docker.sock).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This build of Qt has no TLS support, so tcp:// engines with TLS cannot be reached.</source>
        <translation>이 Qt 빌드에는 TLS 지원이 없어 TLS를 쓰는 tcp:// 엔진에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the CA certificate %1.</source>
        <translation>CA 인증서 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the client certificate %1.</source>
        <translation>클라이언트 인증서 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the client key %1: %2</source>
        <translation>클라이언트 키 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The client key %1 is not a PEM private key without a passphrase.</source>
        <translation>클라이언트 키 %1은(는) 암호 없는 PEM 개인 키가 아닙니다.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>There is no engine socket at %1.</source>
        <translation>%1에 엔진 소켓이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <source>Nothing is listening on %1.</source>
        <translation>%1에서 기다리는 엔진이 없습니다.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Permission denied opening %1.</source>
        <translation>%1을(를) 여는 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The host name %1 is unknown.</source>
        <translation>호스트 이름 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The engine closed the connection without answering.</source>
        <translation>엔진이 응답 없이 연결을 닫았습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::HttpConnection</name>
    <message>
        <location filename="../core/http/httpconnection.cpp" line="+30"/>
        <source>The connection to the engine was closed.</source>
        <translation>엔진과의 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The request contains characters HTTP does not allow.</source>
        <translation>요청에 HTTP가 허용하지 않는 문자가 있습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+69"/>
        <source>The reply was larger than %1 MiB, the most Berth accepts.</source>
        <translation>응답이 Berth가 받는 최대 크기인 %1 MiB보다 큽니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The engine did not answer within %1 seconds.</source>
        <translation>엔진이 %1초 안에 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::HttpReply</name>
    <message>
        <location filename="../core/http/httpreply.cpp" line="+24"/>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>요청을 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::HttpResponseParser</name>
    <message>
        <location filename="../core/http/httpresponseparser.cpp" line="+174"/>
        <source>The engine sent conflicting Content-Length headers.</source>
        <translation>엔진이 서로 다른 Content-Length 헤더를 보냈습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>The engine sent an invalid Content-Length.</source>
        <translation>엔진이 잘못된 Content-Length를 보냈습니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The engine&apos;s response headers are too large.</source>
        <translation>엔진의 응답 헤더가 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The engine sent a malformed status line.</source>
        <translation>엔진이 잘못된 상태 줄을 보냈습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The engine sent a folded header line, which HTTP/1.1 forbids.</source>
        <translation>엔진이 HTTP/1.1에서 금지된 접힌 헤더 줄을 보냈습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine sent a malformed header line.</source>
        <translation>엔진이 잘못된 헤더 줄을 보냈습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The engine sent a malformed trailer line.</source>
        <translation>엔진이 잘못된 트레일러 줄을 보냈습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The engine sent an overlong chunk header.</source>
        <translation>엔진이 너무 긴 청크 헤더를 보냈습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The engine sent an impossibly large chunk.</source>
        <translation>엔진이 있을 수 없을 만큼 큰 청크를 보냈습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>The engine sent a malformed chunk size.</source>
        <translation>엔진이 잘못된 청크 크기를 보냈습니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The engine sent chunk data longer than its declared size.</source>
        <translation>엔진이 선언한 크기보다 긴 청크 데이터를 보냈습니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The engine closed the connection without answering.</source>
        <translation>엔진이 응답 없이 연결을 닫았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine closed the connection in the middle of a response.</source>
        <translation>엔진이 응답 도중에 연결을 닫았습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::JsonStoreFile</name>
    <message>
        <location filename="../core/launch/jsonstorefile.cpp" line="+38"/>
        <source>&quot;%1&quot; has an unexpected type</source>
        <translation>&quot;%1&quot;의 형식이 예상과 다릅니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of the expected entries</source>
        <translation>예상한 항목이 하나도 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was damaged (%2) and was kept as %3</source>
        <translation>%1이(가) 손상되어(%2) %3(으)로 보관했습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged (%2) and could not be moved aside</source>
        <translation>%1이(가) 손상되었고(%2) 다른 이름으로 옮기지 못했습니다</translation>
    </message>
</context>
<context>
    <name>berth::core::LaunchConverter</name>
    <message>
        <location filename="../core/launch/launchconverter.cpp" line="+28"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: berth convert [--to-cli [--multi-line]] [--cwd DIR] [--no-bash] [--no-labels] -- &apos;docker run …&apos;
  prints the Engine API create body ({&quot;name&quot;, &quot;body&quot;}) for the line, or with --to-cli Berth&apos;s canonical docker run line.
  --cwd DIR      the project folder $(pwd) stands for (default: the current directory)
  --no-bash      the image has no bash: wrap requirements installs in /bin/sh
  --no-labels    leave out Berth&apos;s own labels (io.github.berth.owner, io.github.berth.profile)
  A line of - (or none) is read from standard input.
</source>
        <translation>사용법: berth convert [--to-cli [--multi-line]] [--cwd DIR] [--no-bash] [--no-labels] -- &apos;docker run …&apos;
  주어진 줄의 Engine API 생성 본문({&quot;name&quot;, &quot;body&quot;})을 출력합니다. --to-cli를 주면 Berth의 정규화된 docker run 줄을 출력합니다.
  --cwd DIR      $(pwd)가 가리키는 프로젝트 폴더(기본값: 현재 디렉터리)
  --no-bash      이미지에 bash가 없음: requirements 설치를 /bin/sh로 감쌉니다
  --no-labels    Berth 자체 레이블(io.github.berth.owner, io.github.berth.profile)을 넣지 않습니다
  줄이 -이거나 없으면 표준 입력에서 읽습니다.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>berth convert: unknown option %1</source>
        <translation>berth convert: 알 수 없는 옵션 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>berth convert: no docker run line given</source>
        <translation>berth convert: docker run 줄이 없습니다</translation>
    </message>
</context>
<context>
    <name>berth::core::LaunchSession</name>
    <message>
        <location filename="../core/launch/launchsession.cpp" line="+319"/>
        <source>Berth cannot tell which GPUs are free here: name the GPUs instead of free=%1.</source>
        <translation>여기서는 어떤 GPU가 비어 있는지 알 수 없습니다. free=%1 대신 GPU를 직접 지정하세요.</translation>
    </message>
</context>
<context>
    <name>berth::core::LaunchValidator</name>
    <message>
        <location filename="../core/launch/launchvalidator.cpp" line="+74"/>
        <source>Choose an image to run</source>
        <translation>실행할 이미지를 고르세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image names must be lower case: %1</source>
        <translation>이미지 이름은 소문자여야 합니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a valid image name</source>
        <translation>&quot;%1&quot;은(는) 올바른 이미지 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation>&quot;%1&quot;은(는) 올바른 이미지 태그가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid image digest</source>
        <translation>&quot;%1&quot;은(는) 올바른 이미지 다이제스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; cannot be a container name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at least two characters</source>
        <translation>&quot;%1&quot;은(는) 컨테이너 이름으로 쓸 수 없습니다. 영문자, 숫자, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;만 쓰고, 영문자나 숫자로 시작하는 두 글자 이상이어야 합니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The working directory must be an absolute path in the container, such as /src</source>
        <translation>작업 디렉터리는 컨테이너 안의 절대 경로여야 합니다(예: /src)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 to send does not exist on this computer</source>
        <translation>보낼 폴더가 이 컴퓨터에 없습니다: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project folder %1 does not exist on %2: send it there or create it first</source>
        <translation>%2에 프로젝트 폴더가 없습니다: %1. 먼저 그곳으로 보내거나 만드세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project folder %1 does not exist</source>
        <translation>프로젝트 폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The env file %1 must be given with its full path</source>
        <translation>env 파일 %1은(는) 전체 경로로 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The env file %1 does not exist</source>
        <translation>env 파일 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A device must be an absolute path such as /dev/kfd</source>
        <translation>장치는 /dev/kfd 같은 절대 경로여야 합니다</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>&quot;%1&quot; cannot be a volume name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot;은(는) 볼륨 이름으로 쓸 수 없습니다. 영문자, 숫자, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;만 쓰세요</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Choose at least one GPU</source>
        <translation>GPU를 하나 이상 고르세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask for a number of GPUs or for specific GPUs, not both</source>
        <translation>GPU는 개수나 특정 GPU 중 하나로만 요청하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of GPUs must be at least 1</source>
        <translation>GPU 개수는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--gpus 0 asks for no GPUs (a count of 0), yet still needs the engine&apos;s NVIDIA runtime. For the first GPU, write --gpus device=0.</source>
        <translation>--gpus 0은 GPU를 하나도 요청하지 않지만(개수 0), 엔진의 NVIDIA 런타임은 여전히 필요합니다. 첫 번째 GPU를 쓰려면 --gpus device=0이라고 쓰세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IPC mode must be host, private, shareable, none or container:NAME</source>
        <translation>IPC 모드는 host, private, shareable, none, container:NAME 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared memory cannot be negative</source>
        <translation>공유 메모리는 음수일 수 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the host network the container uses the host&apos;s ports directly; the published ports are ignored</source>
        <translation>호스트 네트워크에서는 컨테이너가 호스트의 포트를 직접 쓰므로 게시한 포트는 무시됩니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 ports are published; Berth publishes at most %2 (each one costs the engine a proxy): publish fewer or smaller ranges</source>
        <translation>공개하는 포트가 %1개입니다. Berth는 최대 %2개까지 공개합니다(포트마다 엔진이 프록시를 하나씩 씁니다). 포트 수나 범위를 줄이세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine has no runtime called %1; it knows %2</source>
        <translation>엔진에 %1 런타임이 없습니다. 있는 런타임: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Linux capability</source>
        <translation>%1은(는) Linux capability가 아닙니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPUs are given as numbers and ranges such as 0-3 or 0,2</source>
        <translation>CPU는 0-3이나 0,2 같은 번호와 범위로 지정합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DNS server %1 is not an IP address</source>
        <translation>DNS 서버 %1은(는) IP 주소가 아닙니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PID mode must be host or container:NAME</source>
        <translation>PID 모드는 host 또는 container:이름 이어야 합니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The container port must be a number from 0 to 65535 or a range such as 8000-8010</source>
        <translation>컨테이너 포트는 0~65535 사이의 숫자이거나 8000-8010 같은 범위여야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The host port must be a number from 0 to 65535 or a range such as 8000-8010</source>
        <translation>호스트 포트는 0~65535 사이의 숫자이거나 8000-8010 같은 범위여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host and container port ranges must be the same length</source>
        <translation>호스트와 컨테이너의 포트 범위 길이가 같아야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protocol must be tcp, udp or sctp</source>
        <translation>프로토콜은 tcp, udp, sctp 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An environment variable needs a name</source>
        <translation>환경 변수에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A label needs a name</source>
        <translation>레이블에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number of CPUs cannot be negative</source>
        <translation>CPU 개수는 음수일 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The memory limit must be at least 6 MB</source>
        <translation>메모리 한도는 6MB 이상이어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory plus swap must be a size, or -1 for unlimited swap</source>
        <translation>메모리+스왑은 크기여야 합니다(스왑 무제한은 -1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a memory limit when limiting memory plus swap</source>
        <translation>메모리+스왑을 제한하려면 메모리 한도도 설정하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory plus swap must be at least the memory limit</source>
        <translation>메모리+스왑은 메모리 한도 이상이어야 합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a limit the engine knows</source>
        <translation>&quot;%1&quot;은(는) 엔진이 아는 한도가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The soft limit of %1 is above its hard limit</source>
        <translation>%1의 소프트 한도가 하드 한도보다 큽니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restart policy must be no, always, unless-stopped or on-failure</source>
        <translation>재시작 정책은 no, always, unless-stopped, on-failure 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A retry count only goes with the on-failure policy</source>
        <translation>재시도 횟수는 on-failure 정책에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The retry count cannot be negative</source>
        <translation>재시도 횟수는 음수일 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A container removed when it stops (--rm) cannot also be restarted: turn off one of them</source>
        <translation>멈추면 삭제되는 컨테이너(--rm)는 재시작할 수 없습니다. 둘 중 하나를 끄세요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installing requirements first needs the command to run afterwards, such as python train.py</source>
        <translation>requirements를 먼저 설치하려면 그다음에 실행할 명령이 필요합니다(예: python train.py)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the requirements file</source>
        <translation>requirements 파일을 고르세요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 in the project folder on %2</source>
        <translation>%2의 프로젝트 폴더에 파일이 없습니다: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no %1 in the project folder</source>
        <translation>프로젝트 폴더에 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>berth::core::LocalCommand</name>
    <message>
        <location filename="../core/lab/servercommand.cpp" line="+36"/>
        <source>%1 is not installed here.</source>
        <translation>%1이(가) 여기에 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer within %1 s.</source>
        <translation>%1초 안에 응답이 없습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::LogSession</name>
    <message>
        <location filename="../core/logs/logsession.cpp" line="+174"/>
        <location line="+136"/>
        <source>The container was started again.</source>
        <translation>컨테이너가 다시 시작되었습니다.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Reconnected to the engine.</source>
        <translation>엔진에 다시 연결했습니다.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Lost the connection to the engine (%1). Reconnecting…</source>
        <translation>엔진과의 연결이 끊겼습니다(%1). 다시 연결하는 중…</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+1"/>
        <source>The container was removed.</source>
        <translation>컨테이너가 삭제되었습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::LogStream</name>
    <message>
        <location filename="../core/engine/enginestreams.cpp" line="+59"/>
        <source>The engine sent a malformed log frame.</source>
        <translation>엔진이 잘못된 로그 프레임을 보냈습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The log stream ended in the middle of a frame.</source>
        <translation>로그 스트림이 프레임 도중에 끝났습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::MountGrammar</name>
    <message>
        <location filename="../core/launch/mountgrammar.cpp" line="+45"/>
        <source>the volume is empty</source>
        <translation>볼륨이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an empty part between colons</source>
        <translation>콜론 사이가 비어 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many colons: a path with &apos;:&apos; cannot be written with -v, use --mount instead</source>
        <translation>콜론이 너무 많습니다. &apos;:&apos;이 들어간 경로는 -v로 쓸 수 없으니 --mount를 쓰세요</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown mount option &quot;%1&quot;</source>
        <translation>알 수 없는 마운트 옵션 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected comma-separated key=value fields</source>
        <translation>쉼표로 구분한 key=value 필드여야 합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has an empty value</source>
        <translation>%1의 값이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mounts of type %1 are not supported: use bind, volume or tmpfs</source>
        <translation>%1 형식의 마운트는 지원하지 않습니다. bind, volume, tmpfs 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>%1 must be true or false</source>
        <translation>%1 값은 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tmpfs-size must be a size such as 64m</source>
        <translation>tmpfs-size는 64m 같은 크기여야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tmpfs-mode must be an octal mode such as 1777</source>
        <translation>tmpfs-mode는 1777 같은 8진수 모드여야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mount option %1 is not supported yet</source>
        <translation>아직 지원하지 않는 마운트 옵션입니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>options of another mount type used with type=%1</source>
        <translation>type=%1에 다른 마운트 형식의 옵션을 썼습니다</translation>
    </message>
</context>
<context>
    <name>berth::core::OptionGrammar</name>
    <message>
        <location filename="../core/launch/optiongrammar.cpp" line="+127"/>
        <source>expected name=value fields</source>
        <translation>name=value 필드여야 합니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not an IP address</source>
        <translation>%1은(는) IP 주소가 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ports must be numbers from 0 to 65535, or ranges such as 8000-8010</source>
        <translation>포트는 0~65535 사이의 숫자이거나 8000-8010 같은 범위여야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>the protocol must be tcp, udp or sctp</source>
        <translation>프로토콜은 tcp, udp, sctp 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expose takes container ports only, such as 8080 or 8000-8010/udp</source>
        <translation>expose에는 8080이나 8000-8010/udp 같은 컨테이너 포트만 씁니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a port or a range such as 8000-8010, from 0 to 65535</source>
        <translation>8000-8010 같은 포트나 범위여야 합니다(0~65535)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1 ports</source>
        <translation>포트가 %1개를 넘습니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected NAME=SOFT[:HARD] with a limit such as memlock, nofile or stack</source>
        <translation>memlock, nofile, stack 같은 한도를 NAME=SOFT[:HARD] 형식으로 써야 합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>limits must be whole numbers, -1 for unlimited</source>
        <translation>한도는 정수여야 합니다(무제한은 -1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the soft limit is above the hard limit</source>
        <translation>소프트 한도가 하드 한도보다 큽니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected HOST:IP</source>
        <translation>HOST:IP 형식이어야 합니다</translation>
    </message>
</context>
<context>
    <name>berth::core::OwnerPolicy</name>
    <message>
        <location filename="../core/gpu/ownerpolicy.cpp" line="+86"/>
        <source>“%1” was not started with Berth, so its owner is unknown. It may be someone else’s run. Stop it anyway?</source>
        <translation>“%1”은(는) Berth로 시작하지 않아 소유자를 알 수 없습니다. 다른 사람의 작업일 수 있습니다. 그래도 중지할까요?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was not started with Berth, so its owner is unknown. It may be someone else’s run. Kill it anyway?</source>
        <translation>“%1”은(는) Berth로 시작하지 않아 소유자를 알 수 없습니다. 다른 사람의 작업일 수 있습니다. 그래도 강제 종료할까요?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was not started with Berth, so its owner is unknown. It may be someone else’s. Remove it anyway?</source>
        <translation>“%1”은(는) Berth로 시작하지 않아 소유자를 알 수 없습니다. 다른 사람의 것일 수 있습니다. 그래도 삭제할까요?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” belongs to %2. Stopping it ends their run. Stop it anyway?</source>
        <translation>“%1”은(는) %2의 컨테이너입니다. 중지하면 그 사람의 작업이 끝납니다. 그래도 중지할까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” belongs to %2. Killing it ends their run at once. Kill it anyway?</source>
        <translation>“%1”은(는) %2의 컨테이너입니다. 강제 종료하면 그 사람의 작업이 즉시 끝납니다. 그래도 강제 종료할까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” belongs to %2. Removing it deletes their container and its output. Remove it anyway?</source>
        <translation>“%1”은(는) %2의 컨테이너입니다. 삭제하면 그 사람의 컨테이너와 출력이 지워집니다. 그래도 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>berth::core::PortOpener</name>
    <message>
        <location filename="../core/ports/portopener.cpp" line="+70"/>
        <source>The engine is gone.</source>
        <translation>엔진 연결이 사라졌습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Port %1 is published on the engine&apos;s host only and cannot be reached from here.</source>
        <translation>포트 %1은(는) 엔진 호스트에만 게시되어 있어 여기서 접근할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No free local port for a forward.</source>
        <translation>포워딩에 쓸 빈 로컬 포트가 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ssh forward to port %1 on the server failed: %2</source>
        <translation>서버의 %1번 포트로 ssh 포워딩을 열지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>berth::core::Preset</name>
    <message>
        <location filename="../core/launch/preset.cpp" line="+11"/>
        <source>TensorFlow</source>
        <translation>TensorFlow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank</source>
        <translation>빈 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensorflow/tensorflow with all GPUs, the project folder at /src</source>
        <translation>모든 GPU를 쓰는 tensorflow/tensorflow, 프로젝트 폴더는 /src</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pytorch/pytorch with all GPUs, the project folder at /src and shared host IPC for data loaders</source>
        <translation>모든 GPU를 쓰는 pytorch/pytorch, 프로젝트 폴더는 /src, 데이터 로더를 위해 호스트 IPC 공유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from nothing</source>
        <translation>처음부터 직접 설정</translation>
    </message>
</context>
<context>
    <name>berth::core::PresetStore</name>
    <message>
        <location filename="../core/launch/presetstore.cpp" line="+91"/>
        <source>Give the preset a name</source>
        <translation>프리셋 이름을 입력하세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The built-in preset %1 cannot be replaced</source>
        <translation>기본 제공 프리셋 %1은(는) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no preset of yours called %1</source>
        <translation>%1(이)라는 내 프리셋이 없습니다</translation>
    </message>
</context>
<context>
    <name>berth::core::ProfileStore</name>
    <message>
        <location filename="../core/launch/profilestore.cpp" line="+199"/>
        <location line="+25"/>
        <source>Give the profile a name</source>
        <translation>프로필 이름을 입력하세요</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+30"/>
        <location line="+14"/>
        <source>There is no profile named %1</source>
        <translation>%1(이)라는 프로필이 없습니다</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A profile named %1 already exists</source>
        <translation>%1(이)라는 프로필이 이미 있습니다</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (사본 %2)</translation>
    </message>
</context>
<context>
    <name>berth::core::ProjectSync</name>
    <message>
        <location filename="../core/lab/projectsync.cpp" line="+98"/>
        <source>No ssh session to this server.</source>
        <translation>이 서버에 대한 ssh 세션이 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled before the copy started.</source>
        <translation>복사를 시작하기 전에 취소했습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rsync could not be started (%1). Install rsync here and on the server.</source>
        <translation>rsync를 시작할 수 없습니다(%1). 이 컴퓨터와 서버 모두에 rsync를 설치하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rsync stopped (exit code %1).</source>
        <translation>rsync가 중단되었습니다(종료 코드 %1).</translation>
    </message>
</context>
<context>
    <name>berth::core::PullProgressModel</name>
    <message numerus="yes">
        <location filename="../core/registry/pullprogressmodel.cpp" line="+147"/>
        <source>Pulled (%n layer(s))</source>
        <translation>
            <numerusform>받기 완료(레이어 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing…</source>
        <translation>준비 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n layer(s)</source>
        <translation>
            <numerusform>레이어 %1/%n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min left</source>
        <translation>%1분 남음</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n s left</source>
        <translation>
            <numerusform>%n초 남음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::core::PullStream</name>
    <message>
        <location filename="../core/engine/enginestreams.cpp" line="+23"/>
        <source>The engine sent malformed pull progress.</source>
        <translation>엔진이 잘못된 받기 진행 정보를 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::ServerFolders</name>
    <message>
        <location filename="../core/launch/serverfolders.cpp" line="+35"/>
        <source>The server gave no folder listing.</source>
        <translation>서버가 폴더 목록을 보내지 않았습니다.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Only an ssh:// server&apos;s folders can be looked at.</source>
        <translation>ssh:// 서버의 폴더만 둘러볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server did not answer in time.</source>
        <translation>서버가 제때 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder cannot be read.</source>
        <translation>폴더를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::ServerProbe</name>
    <message>
        <location filename="../core/lab/serverprobe.cpp" line="+32"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No engine address.</source>
        <translation>엔진 주소가 없습니다.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>nvidia-smi gave no answer in time.</source>
        <translation>nvidia-smi가 제때 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::Settings</name>
    <message>
        <location filename="../core/settings/settings.cpp" line="+131"/>
        <source>The settings file %1 is damaged and could not be copied aside (%2); settings you change will replace it.</source>
        <translation>설정 파일 %1이(가) 손상되었고 따로 복사해 둘 수 없었습니다(%2). 설정을 바꾸면 이 파일을 덮어씁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 was damaged; a copy was kept as %2. Settings that could not be read are back to their defaults.</source>
        <translation>설정 파일 %1이(가) 손상되어 사본을 %2(으)로 보관했습니다. 읽을 수 없던 설정은 기본값으로 돌아갔습니다.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Settings could not be saved: the folder %1 cannot be written.</source>
        <translation>설정을 저장하지 못했습니다. 폴더 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings could not be saved to %1 (is the disk full?). The previous settings were kept; your change lasts until Berth closes.</source>
        <translation>설정을 %1에 저장하지 못했습니다(디스크가 가득 찼나요?). 이전 설정 파일은 그대로 두었고, 바꾼 값은 Berth를 닫을 때까지만 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::ShellWords</name>
    <message>
        <location filename="../core/launch/shellwords.cpp" line="+163"/>
        <location line="+12"/>
        <source>&quot;%1&quot; is a placeholder: replace it with a real value</source>
        <translation>&quot;%1&quot;은(는) 자리표시자입니다. 실제 값으로 바꾸세요</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The %1 that starts at character %2 is never closed</source>
        <translation>%2번째 문자에서 시작한 %1이(가) 닫히지 않았습니다</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Berth does not run commands inside the line: replace %1 with its value</source>
        <translation>Berth는 줄 안의 명령을 실행하지 않습니다. %1을(를) 그 값으로 바꾸세요</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>$%1 is not set: it was left empty, as the shell would</source>
        <translation>$%1이(가) 설정되지 않아 셸처럼 빈 값으로 두었습니다</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 only has a value inside a script: replace it with the value you mean</source>
        <translation>%1은(는) 스크립트 안에서만 값이 있습니다. 원하는 값으로 바꾸세요</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&quot;%1&quot; is shell syntax that Berth cannot run: launch one docker run command, without pipes, redirections or command lists</source>
        <translation>&quot;%1&quot;은(는) Berth가 실행할 수 없는 셸 문법입니다. 파이프, 리디렉션, 명령 목록 없이 docker run 명령 하나만 실행하세요</translation>
    </message>
</context>
<context>
    <name>berth::core::SshCommand</name>
    <message>
        <location filename="../core/lab/sshcommand.cpp" line="+38"/>
        <source>No ssh session to this server.</source>
        <translation>이 서버에 대한 ssh 세션이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer within %1 s.</source>
        <translation>%1초 안에 응답이 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ssh failed.</source>
        <translation>ssh가 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::SshSession</name>
    <message>
        <location filename="../core/http/sshsession.cpp" line="+244"/>
        <source>Cannot run %1: %2</source>
        <translation>%1을(를) 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The server sent more than %1 MiB in answer to one command; Berth stopped reading.</source>
        <translation>서버가 명령 하나에 %1 MiB가 넘는 답을 보내서 Berth가 읽기를 멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::StatsStream</name>
    <message>
        <location filename="../core/engine/enginestreams.cpp" line="-80"/>
        <source>The engine sent malformed statistics.</source>
        <translation>엔진이 잘못된 형식의 통계를 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::StoreFile</name>
    <message>
        <location filename="../core/settings/storefile.cpp" line="+37"/>
        <source>Cannot write %1: the folder %2 cannot be created.</source>
        <translation>%1에 쓸 수 없습니다. 폴더 %2을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Cannot write %1: %2. The previous version was kept.</source>
        <translation>%1에 쓸 수 없습니다: %2. 이전 파일은 그대로 두었습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::SystemTerminal</name>
    <message>
        <location filename="../core/terminal/systemterminal.cpp" line="+66"/>
        <source>The terminal command in the settings is empty or malformed: %1</source>
        <translation>설정의 터미널 명령이 비어 있거나 잘못되었습니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The terminal program &quot;%1&quot; from the settings was not found.</source>
        <translation>설정에 지정된 터미널 프로그램 &quot;%1&quot;을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No terminal program was found (tried %1). Install one, or set the terminal command in the settings.</source>
        <translation>터미널 프로그램을 찾지 못했습니다(시도한 것: %1). 하나를 설치하거나 설정에서 터미널 명령을 지정하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not start the terminal program %1.</source>
        <translation>터미널 프로그램 %1을(를) 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>berth::core::TagFacts</name>
    <message>
        <location filename="../core/registry/tagfacts.cpp" line="+215"/>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devel</source>
        <translation>개발용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>베이스</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TensorFlow %1</source>
        <translation>TensorFlow %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TensorFlow</source>
        <translation>TensorFlow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PyTorch %1</source>
        <translation>PyTorch %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUDA image</source>
        <translation>CUDA 이미지</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU only</source>
        <translation>CPU 전용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA %1 (TensorFlow&apos;s tested build)</source>
        <translation>CUDA %1 (TensorFlow 검증 빌드 기준)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cuDNN %1</source>
        <translation>cuDNN %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jupyter</source>
        <translation>Jupyter</translation>
    </message>
</context>
<context>
    <name>berth::core::TerminalSession</name>
    <message>
        <location filename="../core/terminal/terminalsession.cpp" line="+166"/>
        <source>The engine sent a malformed output stream.</source>
        <translation>엔진이 잘못된 출력 스트림을 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>berth::ui::AdvancedOptions</name>
    <message>
        <location filename="../ui/launch/advancedoptions.cpp" line="+251"/>
        <source>Choose an env file</source>
        <translation>env 파일 선택</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>&quot;%1&quot; is not a size: write a number with a unit, such as 8g, 512m or 64k</source>
        <translation>&quot;%1&quot;은(는) 크기가 아닙니다. 8g, 512m, 64k처럼 숫자와 단위를 쓰세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a number of CPUs: write it like 4 or 1.5</source>
        <translation>&quot;%1&quot;은(는) CPU 개수가 아닙니다. 4나 1.5처럼 쓰세요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: &quot;%2&quot; is not a limit such as memlock=-1 or nofile=1024:2048</source>
        <translation>%1번째 줄: &quot;%2&quot;은(는) memlock=-1이나 nofile=1024:2048 같은 한도가 아닙니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: &quot;%2&quot; is not a port mapping such as 8888:8888 or 127.0.0.1:6006:6006</source>
        <translation>%1번째 줄: &quot;%2&quot;은(는) 8888:8888이나 127.0.0.1:6006:6006 같은 포트 매핑이 아닙니다</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mounts</source>
        <translation>마운트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>자원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by Docker</source>
        <translation>Docker가 정함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working directory:</source>
        <translation>작업 디렉터리(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s, e.g. /src</source>
        <translation>이미지 기본값, 예: /src</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entrypoint:</source>
        <translation>엔트리포인트(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty clears the image&apos;s entrypoint</source>
        <translation>비워 두면 이미지의 엔트리포인트를 지웁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uid[:gid] or name</source>
        <translation>uid[:gid] 또는 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as me</source>
        <translation>내 계정으로 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run with your own user and group ids, so files written into mounted folders belong to you instead of root</source>
        <translation>내 사용자·그룹 ID로 실행해서 마운트한 폴더에 쓴 파일이 root가 아닌 내 소유가 되게 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hostname:</source>
        <translation>호스트 이름(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;gest:</source>
        <translation>다이제스트(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sha256:…, pins the exact image</source>
        <translation>sha256:…, 정확한 이미지로 고정</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Remove the container when it stops (--rm)</source>
        <translation>멈추면 컨테이너 삭제(--rm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep standard input open (-i)</source>
        <translation>표준 입력 열어 두기(-i)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocate a terminal (-t)</source>
        <translation>터미널 할당(-t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run in the background (-d)</source>
        <translation>백그라운드에서 실행(-d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a container that fails to start</source>
        <translation>시작에 실패한 컨테이너 남겨 두기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normally a container that was created but could not start is removed again, so nothing is left half-way</source>
        <translation>보통은 생성됐지만 시작하지 못한 컨테이너를 다시 삭제해서 어중간한 상태로 남는 것이 없게 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart:</source>
        <translation>재시작(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (no)</source>
        <translation>기본값(no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries:</source>
        <translation>재시도:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Variables:</source>
        <translation>변수(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=value, one per line; a KEY alone passes your own value</source>
        <translation>한 줄에 하나씩 KEY=value. KEY만 쓰면 내 환경의 값을 넘깁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Env &amp;files:</source>
        <translation>env 파일(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one file per line</source>
        <translation>한 줄에 파일 하나</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add file…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value, one per line</source>
        <translation>한 줄에 하나씩 key=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IPC:</source>
        <translation>&amp;IPC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default (host helps PyTorch data loaders)</source>
        <translation>기본값(host로 하면 PyTorch 데이터 로더에 도움)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared memory:</source>
        <translation>공유 메모리(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64m by default, e.g. 8g</source>
        <translation>기본 64m, 예: 8g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all, e.g. 4 or 1.5</source>
        <translation>전체, 예: 4 또는 1.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU s&amp;et:</source>
        <translation>CPU 집합(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0-3</source>
        <translation>예: 0-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>메모리(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit, e.g. 32g</source>
        <translation>제한 없음, 예: 32g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory + s&amp;wap:</source>
        <translation>메모리+스왑(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-1 for unlimited swap</source>
        <translation>스왑 무제한은 -1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulimits:</source>
        <translation>ulimit(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. memlock=-1, one per line</source>
        <translation>한 줄에 하나씩, 예: memlock=-1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net&amp;work:</source>
        <translation>네트워크(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ports:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:container, one per line, e.g. 8888:8888</source>
        <translation>한 줄에 하나씩 호스트:컨테이너, 예: 8888:8888</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpose:</source>
        <translation>노출 포트(&amp;X):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container ports, one per line</source>
        <translation>한 줄에 하나씩 컨테이너 포트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra &amp;hosts:</source>
        <translation>추가 호스트(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:ip, one per line</source>
        <translation>한 줄에 하나씩 host:ip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS servers:</source>
        <translation>&amp;DNS 서버:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per line</source>
        <translation>한 줄에 하나씩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privileged (full access to the host&apos;s devices)</source>
        <translation>특권 모드(호스트 장치에 모두 접근)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run an init process (--init)</source>
        <translation>init 프로세스 실행(--init)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only root file system</source>
        <translation>루트 파일 시스템 읽기 전용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;untime:</source>
        <translation>런타임(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default, e.g. nvidia</source>
        <translation>기본값, 예: nvidia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PID namespace:</source>
        <translation>&amp;PID 네임스페이스:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default, e.g. host</source>
        <translation>기본값, 예: host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;vices:</source>
        <translation>장치(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. /dev/kfd, one per line</source>
        <translation>한 줄에 하나씩, 예: /dev/kfd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add capabilities:</source>
        <translation>추가할 권한(capability):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop capabilities:</source>
        <translation>뺄 권한(capability):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security options:</source>
        <translation>보안 옵션:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. seccomp=unconfined</source>
        <translation>예: seccomp=unconfined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra groups:</source>
        <translation>추가 그룹:</translation>
    </message>
</context>
<context>
    <name>berth::ui::Askpass</name>
    <message>
        <location filename="../ui/remote/askpass.cpp" line="+37"/>
        <source>Berth: ssh to %1</source>
        <translation>Berth: %1에 ssh 연결</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;&lt;b&gt;Berth has never connected to %1 before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its host key fingerprint is:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Connect only if this is the fingerprint your server administrator gave you. Berth will remember it, and refuse to connect if it ever changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Berth가 %1에 연결한 적이 없습니다.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;이 서버의 호스트 키 지문:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;서버 관리자가 알려 준 지문과 같을 때만 연결하세요. Berth는 이 지문을 기억하고, 나중에 바뀌면 연결하지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trust and connect</source>
        <translation>신뢰하고 연결</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ssh asks for a password or key passphrase to reach %1:</source>
        <translation>%1에 연결하려면 ssh가 비밀번호나 키 암호를 묻습니다:</translation>
    </message>
</context>
<context>
    <name>berth::ui::CommandPreview</name>
    <message>
        <location filename="../ui/launch/commandpreview.cpp" line="+88"/>
        <location line="+41"/>
        <location line="+2"/>
        <source>Copied ✓</source>
        <translation>복사됨 ✓</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+15"/>
        <source>Not a whole command yet: %1</source>
        <translation>아직 완전한 명령이 아닙니다: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Equivalent docker run command</source>
        <translation>같은 동작의 docker run 명령</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One option per line</source>
        <translation>한 줄에 옵션 하나</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the command over several lines joined with \</source>
        <translation>명령을 \로 이어진 여러 줄로 씁니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>berth::ui::ContainerStatusText</name>
    <message>
        <location filename="../ui/main/containerstatustext.cpp" line="+11"/>
        <location line="+30"/>
        <source>less than a second</source>
        <translation>1초 미만</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+33"/>
        <source>about a minute</source>
        <translation>약 1분</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+36"/>
        <source>about an hour</source>
        <translation>약 1시간</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <location line="+20"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <location line="+23"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <location line="+26"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+26"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+26"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n주</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+26"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <location line="+26"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n년</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+36"/>
        <source>Created</source>
        <comment>container status</comment>
        <translation>생성됨</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Dead</source>
        <comment>container status</comment>
        <translation>응답 없음(dead)</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Being removed</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+41"/>
        <source>Up %1, paused</source>
        <translation>동작 중 (%1), 일시 정지됨</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Up %1, healthy</source>
        <translation>동작 중 (%1), 정상</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Up %1, unhealthy</source>
        <translation>동작 중 (%1), 비정상</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Up %1, health check starting</source>
        <translation>동작 중 (%1), 상태 검사 시작 중</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Up %1</source>
        <translation>동작 중 (%1)</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+40"/>
        <source>Exited (%1) %2 ago</source>
        <translation>종료됨 (%1), %2 전</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+43"/>
        <source>Restarting (%1) %2 ago</source>
        <translation>재시작 중 (%1), %2 전</translation>
    </message>
</context>
<context>
    <name>berth::ui::ContainerTableModel</name>
    <message>
        <location filename="../ui/main/containertablemodel.cpp" line="+279"/>
        <source>Running</source>
        <translation>동작 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>container state</comment>
        <translation>생성됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarting</source>
        <translation>재시작 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead</source>
        <translation>비정상</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stopping…</source>
        <translation>중지 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Stopping… killed in %n second(s) unless it exits</source>
        <translation>
            <numerusform>중지 중… %n초 안에 끝나지 않으면 강제 종료</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping… killing it now</source>
        <translation>중지 중… 지금 강제 종료하는 중</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Killed (137) %1 ago: the stop timed out</source>
        <translation>강제 종료됨 (137), %1 전: 중지 대기 시간 초과</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
ID: %2
Command: %3</source>
        <translation>%1
ID: %2
명령: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not launched by Berth, so its owner is unknown.</source>
        <translation>Berth로 띄우지 않아 소유자를 알 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It did not exit within the %n-second stop timeout, so the engine killed it (SIGKILL).</source>
        <translation>
            <numerusform>중지 대기 시간 %n초 안에 끝나지 않아 엔진이 강제 종료했습니다(SIGKILL).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit code 137 means the process was killed (SIGKILL): by a stop that timed out, by docker kill, or by the kernel when the container ran out of memory.</source>
        <translation>종료 코드 137은 프로세스가 강제 종료(SIGKILL)되었다는 뜻입니다. 중지 대기 시간이 지났거나, docker kill을 썼거나, 메모리가 모자라 커널이 종료한 경우입니다.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>현황</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column: when the container was created</comment>
        <translation>생성일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <comment>column: the server (docker context) a container runs on</comment>
        <translation>서버</translation>
    </message>
</context>
<context>
    <name>berth::ui::ContainersPage</name>
    <message>
        <location filename="../ui/main/containerspage.cpp" line="+540"/>
        <source>Someone else&apos;s container</source>
        <translation>다른 사람의 컨테이너</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owners come from the io.github.berth.owner label (berth.owner on containers from older versions). Anyone who can use the Docker socket can set or change it, so treat owners as advice, not as protection.</source>
        <translation>소유자는 io.github.berth.owner 레이블(이전 버전의 컨테이너는 berth.owner)에서 옵니다. Docker 소켓을 쓸 수 있는 사람은 누구나 이 레이블을 붙이거나 바꿀 수 있으므로, 소유자 표시는 보호 장치가 아니라 참고용으로만 보세요.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not start %1.</source>
        <translation>%1 컨테이너를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not stop %1.</source>
        <translation>%1 컨테이너를 중지할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove running container</source>
        <translation>동작 중인 컨테이너 삭제</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not remove %1.</source>
        <translation>%1 컨테이너를 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by name, image or status</source>
        <translation>이름, 이미지, 현황으로 거르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s containers</source>
        <translation>모든 사용자의 컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My containers</source>
        <translation>내 컨테이너</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>%1 (not reachable)</source>
        <comment>server filter: a server that does not answer</comment>
        <translation>%1 (연결 안 됨)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server (%1)</source>
        <translation>이 서버 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All servers</source>
        <translation>모든 서버</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting for %1…</source>
        <translation>%1 서버의 응답을 기다리는 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not reachable: %2 Its containers are not listed; Berth keeps trying.</source>
        <translation>%1 서버에 연결할 수 없습니다: %2 이 서버의 컨테이너는 목록에 없으며, Berth가 계속 다시 연결을 시도합니다.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No container matches what is chosen above.</source>
        <translation>위에서 고른 조건에 맞는 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No containers yet. Containers you launch, and everyone else&apos;s on this engine, are listed here.</source>
        <translation>아직 컨테이너가 없습니다. 내가 띄운 컨테이너와 이 엔진의 다른 사람 컨테이너가 여기에 나옵니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch one…</source>
        <translation>새 컨테이너 띄우기…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>On %1.</source>
        <comment>action tooltip: the server an action goes to</comment>
        <translation>대상 서버: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Port %1</source>
        <translation>포트 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port %1 (container port %2)</source>
        <translation>포트 %1 (컨테이너 포트 %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No browser could be started. Open this address yourself: %1</source>
        <translation>브라우저를 시작할 수 없습니다. 이 주소를 직접 여세요: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open the port.</source>
        <translation>포트를 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“%1” is still running. Removing it stops the run and deletes the container.</source>
        <translation>“%1” 컨테이너가 아직 동작 중입니다. 삭제하면 작업이 멈추고 컨테이너가 지워집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “%1”?</source>
        <translation>“%1” 컨테이너를 삭제할까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its output, open in a log tab, is deleted with it: save the log first if you need it.</source>
        <translation>로그 탭에 열린 출력도 함께 지워집니다. 필요하면 먼저 로그를 저장하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove container</source>
        <translation>컨테이너 삭제</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop and Remove</source>
        <translation>중지하고 삭제</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s server alone, or every server&apos;s containers at once (each docker context and the default engine), followed live</source>
        <translation>이 창의 서버만, 또는 모든 서버(각 docker 컨텍스트와 기본 엔진)의 컨테이너를 한꺼번에 실시간으로 보여 줍니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open shell</source>
        <translation>셸 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a published port in the browser (Jupyter&apos;s login token is filled in when its output shows one)</source>
        <translation>게시된 포트를 브라우저에서 엽니다(출력에 Jupyter 로그인 토큰이 있으면 자동으로 채웁니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the selected container</source>
        <translation>선택한 컨테이너를 시작합니다</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stop the selected container (SIGTERM, then SIGKILL after %n second(s))</source>
        <translation>
            <numerusform>선택한 컨테이너를 중지합니다(SIGTERM을 보내고 %n초 뒤 SIGKILL)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected container</source>
        <translation>선택한 컨테이너를 삭제합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the container&apos;s output</source>
        <translation>컨테이너의 출력을 봅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an interactive shell in the running container</source>
        <translation>동작 중인 컨테이너에서 대화형 셸을 엽니다</translation>
    </message>
</context>
<context>
    <name>berth::ui::DiskChart</name>
    <message>
        <location filename="../ui/disk/diskchart.cpp" line="+39"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build cache</source>
        <translation>빌드 캐시</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n item(s), %2 in use · %3 reclaimable</source>
        <translation>
            <numerusform>%1 · %n개, 사용 중 %2개 · 회수 가능 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::DiskPage</name>
    <message>
        <location filename="../ui/disk/diskpage.cpp" line="+179"/>
        <source>Could not read disk usage.</source>
        <translation>디스크 사용량을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> · reading disk usage…</source>
        <translation> · 디스크 사용량 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n image(s), updated %1</source>
        <translation>
            <numerusform> · 이미지 %n개, %1 갱신</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing to remove: %1</source>
        <translation>지울 것이 없습니다: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removing… %1 of %2</source>
        <translation>지우는 중… %2개 중 %1개</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Removed %n item(s), freeing at least %1.</source>
        <translation>
            <numerusform>%n개를 지워 최소 %1을(를) 확보했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) could not be removed (in use again, or changed since).</source>
        <translation>
            <numerusform>%n개는 지우지 못했습니다(다시 사용 중이거나 그 사이 바뀜).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag, ID or container</source>
        <translation>태그, ID 또는 컨테이너로 거르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space:</source>
        <translation>공간 확보:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove untagged images…</source>
        <translation>태그 없는 이미지 지우기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove unused images older than</source>
        <translation>다음보다 오래된 미사용 이미지 지우기:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove stopped containers…</source>
        <translation>멈춘 컨테이너 지우기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untagged images that no container uses. You see the list before anything goes.</source>
        <translation>어떤 컨테이너도 쓰지 않는 태그 없는 이미지. 지우기 전에 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images no container uses (running or stopped) created more than the given days ago. You see the list before anything goes.</source>
        <translation>(실행 중이든 멈췄든) 어떤 컨테이너도 쓰지 않고 지정한 일수보다 전에 만들어진 이미지. 지우기 전에 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exited and created containers. You see the list before anything goes.</source>
        <translation>종료되었거나 생성만 된 컨테이너. 지우기 전에 목록을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>berth::ui::EngineStatusWidget</name>
    <message>
        <location filename="../ui/main/enginestatuswidget.cpp" line="+47"/>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <comment>context name (engine address)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Docker Engine %1 · API %2 · %3</source>
        <translation>Docker Engine %1 · API %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT ENCRYPTED: anyone who reaches this port controls the engine</source>
        <translation>암호화 안 됨: 이 포트에 닿는 누구나 엔진을 조종할 수 있습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>berth::ui::ErrorText</name>
    <message>
        <location filename="../ui/common/errortext.cpp" line="+19"/>
        <source>Details: %1</source>
        <translation>자세한 내용: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Docker engine</source>
        <translation>Docker 엔진</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the Docker engine at %1.</source>
        <translation>%1의 Docker 엔진에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Docker is running (for example: sudo systemctl start docker) and that DOCKER_HOST or the engine address in Settings is right.</source>
        <translation>Docker가 실행 중인지(예: sudo systemctl start docker), DOCKER_HOST나 설정의 엔진 주소가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permission denied on the Docker socket %1.</source>
        <translation>Docker 소켓 %1에 대한 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user may not use Docker yet. Ask an administrator to add you to the docker group (sudo usermod -aG docker $USER), then log out and in again.</source>
        <translation>아직 이 사용자는 Docker를 쓸 수 없습니다. 관리자에게 docker 그룹에 추가해 달라고 요청한 뒤(sudo usermod -aG docker $USER) 로그아웃했다가 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This Docker engine&apos;s API version is not supported.</source>
        <translation>이 Docker 엔진의 API 버전은 지원하지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berth needs Docker Engine 19.03 (API 1.40) or newer. Upgrade Docker, or unset DOCKER_API_VERSION if it pins an old version.</source>
        <translation>Berth에는 Docker Engine 19.03(API 1.40) 이상이 필요합니다. Docker를 업그레이드하거나, DOCKER_API_VERSION이 옛 버전으로 고정되어 있다면 해제하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found.</source>
        <translation>찾을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image is not on this engine. Pull it first.</source>
        <translation>이 엔진에 이미지가 없습니다. 먼저 받으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have been removed in the meantime. Refresh and try again.</source>
        <translation>그사이에 삭제되었을 수 있습니다. 새로 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine refused because of a conflict.</source>
        <translation>충돌이 있어 엔진이 거부했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That container name is already taken. Choose another name, or remove the old container.</source>
        <translation>이미 쓰이는 컨테이너 이름입니다. 다른 이름을 고르거나 이전 컨테이너를 삭제하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container is not running.</source>
        <translation>컨테이너가 동작 중이 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The volume is used by a container. Remove that container first.</source>
        <translation>컨테이너가 이 볼륨을 쓰고 있습니다. 먼저 그 컨테이너를 삭제하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the container first, or refresh and try again.</source>
        <translation>먼저 컨테이너를 중지하거나, 새로 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine rejected the request as invalid.</source>
        <translation>엔진이 요청을 잘못된 요청으로 거부했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the launch settings named in the details.</source>
        <translation>자세한 내용에 나온 실행 설정을 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access was denied.</source>
        <translation>접근이 거부되었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to the registry (docker login) or check that the image name is right.</source>
        <translation>레지스트리에 로그인하거나(docker login) 이미지 이름이 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This engine cannot give containers GPUs.</source>
        <translation>이 엔진은 컨테이너에 GPU를 줄 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NVIDIA container runtime is installed for this Docker engine. Install the NVIDIA Container Toolkit and restart Docker, or launch without GPUs.</source>
        <translation>이 Docker 엔진에 NVIDIA 컨테이너 런타임이 설치되어 있지 않습니다. NVIDIA Container Toolkit을 설치하고 Docker를 다시 시작하거나, GPU 없이 실행하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine reported an error.</source>
        <translation>Docker 엔진이 오류를 보고했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker engine sent an answer Berth cannot read.</source>
        <translation>Docker 엔진이 Berth가 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the engine address points to a Docker engine.</source>
        <translation>엔진 주소가 Docker 엔진을 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker engine did not answer in time.</source>
        <translation>Docker 엔진이 제때 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine may be busy or stuck. Try again in a moment.</source>
        <translation>엔진이 바쁘거나 멈췄을 수 있습니다. 잠시 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>This engine address is not supported.</source>
        <translation>이 엔진 주소는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://[USER@]HOST[:PORT].</source>
        <translation>unix:///docker.sock/경로, tcp://호스트:포트 또는 ssh://[사용자@]호스트[:포트]를 쓰세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed.</source>
        <translation>%1과(와)의 보안 연결에 실패했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not signed by the CA Berth was given, or has expired, or is for another name. Check the CA file (ca.pem) of this server in Servers, or DOCKER_CERT_PATH.</source>
        <translation>서버 인증서가 Berth가 받은 CA로 서명되지 않았거나, 만료되었거나, 다른 이름용입니다. 서버 창에서 이 서버의 CA 파일(ca.pem)이나 DOCKER_CERT_PATH를 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine at %1 did not accept Berth&apos;s client certificate.</source>
        <translation>%1의 엔진이 Berth의 클라이언트 인증서를 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This engine only lets in clients with a certificate signed by its CA. Add the client certificate and key (cert.pem, key.pem) for this server in Servers, or in DOCKER_CERT_PATH.</source>
        <translation>이 엔진은 자기 CA가 서명한 인증서를 가진 클라이언트만 받습니다. 서버 창이나 DOCKER_CERT_PATH에 이 서버의 클라이언트 인증서와 키(cert.pem, key.pem)를 넣으세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 refused the ssh login.</source>
        <translation>서버 %1이(가) ssh 로그인을 거부했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your keys (or the password) was accepted. Check the user name, that your key is in the server&apos;s ~/.ssh/authorized_keys, and that `ssh %1` works in a terminal.</source>
        <translation>키(또는 비밀번호)가 하나도 받아들여지지 않았습니다. 사용자 이름, 서버의 ~/.ssh/authorized_keys에 내 키가 있는지, 터미널에서 `ssh %1`이 되는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 is not known yet, and its host key was not accepted.</source>
        <translation>서버 %1은(는) 처음 보는 서버이고, 그 호스트 키를 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the fingerprint with the one your administrator gave you, then connect again and accept it (or run ssh once in a terminal to add it to known_hosts).</source>
        <translation>지문을 관리자가 알려 준 것과 비교한 뒤 다시 연결해 받아들이세요(또는 터미널에서 ssh를 한 번 실행해 known_hosts에 추가하세요).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host key of %1 has CHANGED. Berth refused to connect.</source>
        <translation>%1의 호스트 키가 바뀌었습니다. Berth는 연결하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone may be intercepting the connection, or the server was reinstalled. Ask the server&apos;s administrator. Only if they confirm a new key, remove the old one with ssh-keygen -R HOST.</source>
        <translation>누군가 연결을 가로채고 있거나 서버가 다시 설치되었을 수 있습니다. 서버 관리자에게 물어보세요. 관리자가 새 키를 확인해 준 경우에만 ssh-keygen -R 호스트로 옛 키를 지우세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ssh connection to %1 failed.</source>
        <translation>%1로의 ssh 연결에 실패했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that `ssh` works for this server in a terminal; ssh&apos;s own words are below.</source>
        <translation>터미널에서 이 서버로 `ssh`가 되는지 확인하세요. 아래는 ssh가 남긴 말입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 has no docker command.</source>
        <translation>서버 %1에 docker 명령이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berth reached the server over ssh, but `docker` is not installed there or not on the PATH of non-interactive ssh sessions. Install Docker (18.09 or newer) on the server.</source>
        <translation>ssh로 서버에 닿았지만 그곳에 `docker`가 설치되어 있지 않거나 비대화형 ssh 세션의 PATH에 없습니다. 서버에 Docker(18.09 이상)를 설치하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine sent a reply larger than Berth accepts.</source>
        <translation>Docker 엔진이 Berth가 받는 최대 크기보다 큰 응답을 보냈습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the engine address points to a Docker engine, or raise the reply size limit (network/maxReplyMiB in berth.ini).</source>
        <translation>엔진 주소가 Docker 엔진을 가리키는지 확인하거나, 응답 크기 제한(berth.ini의 network/maxReplyMiB)을 늘리세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The %n tag(s) received so far are shown.</source>
        <translation>
            <numerusform>지금까지 받은 태그 %n개를 표시합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not reach the registry (%1). Check the network connection; cached tags are shown if there are any.</source>
        <translation>레지스트리에 연결할 수 없습니다(%1). 네트워크 연결을 확인하세요. 캐시된 태그가 있으면 표시합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not answer in time, even after several tries. Try again later.</source>
        <translation>여러 번 시도했지만 레지스트리가 제때 응답하지 않았습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker Hub&apos;s rate limit was reached. It allows more requests at %1; try again then.</source>
        <translation>Docker Hub 요청 한도에 도달했습니다. %1부터 다시 요청할 수 있으니 그때 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker Hub&apos;s rate limit was reached. Wait a while and try again, or sign in with `docker login` for a higher limit.</source>
        <translation>Docker Hub 요청 한도에 도달했습니다. 잠시 기다렸다가 다시 시도하거나, 한도를 늘리려면 `docker login`으로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused access to this repository. Sign in with `docker login` (Berth uses the same credentials), or check the repository name.</source>
        <translation>레지스트리가 이 저장소에 대한 접근을 거부했습니다. `docker login`으로 로그인하거나(Berth도 같은 자격 증명을 씀) 저장소 이름을 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No such repository. Check the name (for example tensorflow/tensorflow or registry.example.com/team/image).</source>
        <translation>그런 저장소가 없습니다. 이름을 확인하세요(예: tensorflow/tensorflow 또는 registry.example.com/team/image).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry had an internal error (HTTP %1), even after several tries. Try again later.</source>
        <translation>여러 번 시도했지만 레지스트리에 내부 오류(HTTP %1)가 났습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry sent a reply Berth could not read (%1). The tags received so far are shown.</source>
        <translation>레지스트리가 Berth가 읽을 수 없는 응답을 보냈습니다(%1). 지금까지 받은 태그를 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry sent a reply Berth could not read (%1).</source>
        <translation>레지스트리가 Berth가 읽을 수 없는 응답을 보냈습니다(%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a repository name. Use the form namespace/repository or registry.example.com/namespace/repository.</source>
        <translation>&quot;%1&quot;은(는) 저장소 이름이 아닙니다. namespace/repository 또는 registry.example.com/namespace/repository 형식을 쓰세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sent more than %2 after decompression</source>
        <translation>%1에서 온 응답이 압축을 풀자 %2 넘게 커졌습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent more than %2</source>
        <translation>%1에서 %2 넘는 응답이 왔습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry sent a reply larger than Berth accepts (%1). If the repository really is that large, raise network/maxReplyMiB in berth.ini.</source>
        <translation>레지스트리가 Berth가 받는 최대 크기보다 큰 응답을 보냈습니다(%1). 저장소가 실제로 그렇게 크다면 berth.ini의 network/maxReplyMiB 값을 늘리세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry kept sending more pages (%1); Berth stopped there.</source>
        <translation>레지스트리가 계속 다음 페이지를 보내서(%1) Berth가 거기서 멈췄습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n페이지</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>태그 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry redirected Berth too often (%1), probably in a loop. Check the registry address.</source>
        <translation>레지스트리가 너무 여러 번 리디렉션했습니다(%1). 순환일 가능성이 큽니다. 레지스트리 주소를 확인하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n redirect(s), the last to %1</source>
        <translation>
            <numerusform>리디렉션 %n번, 마지막은 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry pointed Berth to another server (%1). Berth does not follow it, so your credentials stay with the registry that asked for them.</source>
        <translation>레지스트리가 다른 서버를 가리켰습니다(%1). Berth는 따라가지 않으므로 자격 증명은 그것을 요청한 레지스트리에만 전달됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a next page at %1 for a listing from %2</source>
        <translation>%2 목록의 다음 페이지(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a redirect from %1 to %2</source>
        <translation>%1에서 %2 주소로 가는 리디렉션</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry asked for credentials to be sent over plain HTTP to %1. Berth refused. If this registry really has no TLS, add it to registry/insecure in berth.ini.</source>
        <translation>레지스트리가 자격 증명을 암호화되지 않은 HTTP로 %1에 보내라고 요청해서 Berth가 거부했습니다. 이 레지스트리가 정말 TLS 없이 운영된다면 berth.ini의 registry/insecure에 추가하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry sent its reply too slowly (%1); Berth gave up. Try again later.</source>
        <translation>레지스트리가 응답을 너무 느리게 보내서(%1) Berth가 중단했습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 had not finished one reply after %n second(s)</source>
        <translation>
            <numerusform>%1에서 응답 하나가 %n초가 지나도록 끝나지 않았습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::GpuCard</name>
    <message>
        <location filename="../ui/gpu/gpucard.cpp" line="+117"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>사용률</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Busy</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No container holds this GPU, but it is in use: by a program outside containers, or by another engine on this computer.</source>
        <translation>이 GPU를 점유한 컨테이너는 없지만 사용 중입니다. 컨테이너 밖의 프로그램이나 이 컴퓨터의 다른 엔진이 쓰고 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No container holds this GPU.</source>
        <translation>이 GPU를 점유한 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle %1</source>
        <translation>유휴 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held but at 0 % utilisation for %1. Nothing is stopped automatically; you may ask the owner to release it.</source>
        <translation>점유되어 있지만 %1 동안 사용률 0 %입니다. 자동으로 멈추지는 않습니다. 소유자에게 반납을 요청할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>berth::ui::GpuFormat</name>
    <message>
        <location filename="../ui/gpu/gpuformat.cpp" line="+12"/>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU %1 · %2</source>
        <translation>GPU %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>memory unknown</source>
        <translation>메모리 알 수 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 MiB used</source>
        <translation>%1 MiB 사용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2 MiB</source>
        <translation>%1 / %2 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2 GiB</source>
        <translation>%1 / %2 GiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>owner unknown</source>
        <translation>소유자 알 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved: created, not started</source>
        <translation>예약됨: 생성만 되고 시작 전</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restarting</source>
        <translation>재시작 중</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you · %1</source>
        <translation>나 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The engine runs on %1, but nvidia-smi runs on this computer: the GPUs shown here are this computer&apos;s, not the engine host&apos;s.</source>
        <translation>엔진은 %1에서 실행되지만 nvidia-smi는 이 컴퓨터에서 실행됩니다. 여기 보이는 GPU는 엔진 호스트가 아니라 이 컴퓨터의 GPU입니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::GpuPanel</name>
    <message>
        <location filename="../ui/gpu/gpupanel.cpp" line="+141"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> · updated %1</source>
        <translation> · %1 갱신</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nvidia-smi was not found on this computer, so its GPUs cannot be shown. If this computer has an NVIDIA GPU, install the NVIDIA driver.</source>
        <translation>이 컴퓨터에서 nvidia-smi를 찾을 수 없어 GPU를 표시할 수 없습니다. NVIDIA GPU가 있는 컴퓨터라면 NVIDIA 드라이버를 설치하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nvidia-smi failed (exit code %1): %2</source>
        <translation>nvidia-smi 실패(종료 코드 %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nvidia-smi failed: %1</source>
        <translation>nvidia-smi 실패: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read which containers use GPUs: %1</source>
        <translation>어떤 컨테이너가 GPU를 쓰는지 읽지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 asked for %n GPU(s) without naming them; which ones is not shown (Docker&apos;s NVIDIA driver gives such a request the first %n: GPU 0 and up).</source>
        <translation>
            <numerusform>%1은(는) 어떤 GPU인지 지정하지 않고 GPU %n개를 요청해서 어느 GPU인지는 표시하지 않습니다(Docker의 NVIDIA 드라이버는 이런 요청에 GPU 0번부터 %n개를 줍니다).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GPUs requested that this computer does not have: %1</source>
        <translation>이 컴퓨터에 없는 GPU를 요청했습니다: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GPU %1: %2</source>
        <translation>GPU %1: %2</translation>
    </message>
</context>
<context>
    <name>berth::ui::GpuPicker</name>
    <message>
        <location filename="../ui/gpu/gpupicker.cpp" line="+271"/>
        <source>Tick at least one GPU, or choose another GPU option.</source>
        <translation>GPU를 하나 이상 선택하거나 다른 GPU 옵션을 고르세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GPU %1 (busy outside containers)</source>
        <translation>GPU %1 (컨테이너 밖에서 사용 중)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU %1 (%2)</source>
        <translation>GPU %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chosen GPUs are in use: %1. Sharing a GPU slows both runs, and either can run out of GPU memory.</source>
        <translation>고른 GPU가 사용 중입니다: %1. GPU를 함께 쓰면 두 작업 모두 느려지고, 어느 쪽이든 GPU 메모리가 모자랄 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n GPU(s) requested by number</source>
        <translation>
            <numerusform>개수로 요청한 GPU %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All GPUs includes GPUs in use: %1. Sharing a GPU slows both runs, and either can run out of GPU memory.</source>
        <translation>모든 GPU에 사용 중인 GPU가 있습니다: %1. GPU를 함께 쓰면 두 작업 모두 느려지고, 어느 쪽이든 GPU 메모리가 모자랄 수 있습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Docker gives a number of GPUs as GPUs 0 to %1, whether or not they are free, and some are in use: %2. Choose specific GPUs to use free ones.</source>
        <translation>Docker는 GPU를 개수로 요청하면 비어 있는지와 상관없이 GPU 0~%1번을 주는데, 그중 일부가 사용 중입니다: %2. 빈 GPU를 쓰려면 특정 GPU를 고르세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Share GPUs?</source>
        <translation>GPU를 함께 쓸까요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run on these GPUs anyway?</source>
        <translation>그래도 이 GPU로 실행할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run anyway</source>
        <translation>그래도 실행</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No GPU</source>
        <translation>GPU 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All GPUs</source>
        <translation>모든 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number of GPUs</source>
        <translation>GPU 개수 지정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific GPUs</source>
        <translation>특정 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number of free GPUs</source>
        <translation>빈 GPU 개수로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berth chooses free, idle GPUs on the server when you press Run, and the launch records the GPUs it got (--gpus device=…).</source>
        <translation>실행을 누르면 Berth가 서버에서 비어 있고 쉬고 있는 GPU를 고르며, 받은 GPU를 실행 기록에 남깁니다(--gpus device=…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which GPUs the container gets (docker run --gpus)</source>
        <translation>컨테이너가 받을 GPU(docker run --gpus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> GPU(s)</source>
        <translation>개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU indexes or UUIDs:</source>
        <translation>GPU 번호 또는 UUID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0,1</source>
        <translation>예: 0,1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>busy outside containers</source>
        <translation>컨테이너 밖에서 사용 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in use by %1</source>
        <translation>%1이(가) 사용 중</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This engine can give GPUs. %1</source>
        <translation>이 엔진은 GPU를 줄 수 있습니다. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether this engine can give GPUs is not known. %1</source>
        <translation>이 엔진이 GPU를 줄 수 있는지 알 수 없습니다. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not GPUs of this computer: %1</source>
        <translation>이 컴퓨터의 GPU가 아닙니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Berth chooses %n free GPU(s) on the server when you press Run.</source>
        <translation>
            <numerusform>실행을 누르면 Berth가 서버에서 빈 GPU %n개를 고릅니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Berth chooses %n free GPU(s) when you press Run; %1 are free now.</source>
        <translation>
            <numerusform>실행을 누르면 Berth가 빈 GPU %n개를 고릅니다. 지금 비어 있는 GPU: %1개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only %1 of the %n GPU(s) asked for are free now; Run fails unless more are free by then.</source>
        <translation>
            <numerusform>요청한 GPU %n개 중 지금 비어 있는 것은 %1개뿐입니다. 실행할 때까지 더 비지 않으면 실행이 실패합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more GPU(s) are held by containers that asked for a number of GPUs.</source>
        <translation>
            <numerusform>GPU %n개는 개수로 GPU를 요청한 컨테이너가 점유하고 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::HelpDialog</name>
    <message>
        <location filename="../ui/main/helpdialog.cpp" line="+78"/>
        <source>Berth %1. Settings: %2. Saved profiles, recent launches and the tag cache: %3. Berth&apos;s own messages go to its standard error (the journal when started from the desktop); container output stays with the engine and is read again with docker logs.</source>
        <translation>Berth %1. 설정 파일: %2. 저장한 프로필, 최근 실행 기록, 태그 캐시: %3. Berth 자체 메시지는 표준 오류(데스크톱에서 시작했다면 저널)로 나가고, 컨테이너 출력은 엔진에 남아 docker logs로 다시 읽습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Berth Help</source>
        <translation>Berth 도움말</translation>
    </message>
</context>
<context>
    <name>berth::ui::ImageTableModel</name>
    <message numerus="yes">
        <location filename="../ui/disk/imagetablemodel.cpp" line="+43"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>컨테이너 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(untagged)</source>
        <translation>(태그 없음)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in use now</source>
        <translation>지금 사용 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 in all, of which %2 shared with other images</source>
        <translation>전체 %1, 그중 %2은(는) 다른 이미지와 공유</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>마지막 사용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
</context>
<context>
    <name>berth::ui::LanguageManager</name>
    <message>
        <location filename="../ui/i18n/languagemanager.cpp" line="+84"/>
        <source>User interface language: ko or en (default: the setting, else the system).</source>
        <translation>UI 언어: ko 또는 en(기본값: 설정, 없으면 시스템 언어).</translation>
    </message>
</context>
<context>
    <name>berth::ui::LaunchFailureText</name>
    <message>
        <location filename="../ui/launch/launchfailuretext.cpp" line="+22"/>
        <source>%1 The engine said: %2</source>
        <translation>%1 엔진 메시지: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project could not be copied to %1 on the server: %2</source>
        <translation>프로젝트를 서버의 %1 폴더에 복사하지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pip cache volume %1 could not be created.</source>
        <translation>pip 캐시 볼륨 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>The image %1 is not on this engine.</source>
        <translation>이 엔진에 %1 이미지가 없습니다.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The registry refused to give %1. If it is private, sign in with docker login; otherwise check the name.</source>
        <translation>레지스트리가 %1을(를) 내주지 않았습니다. 비공개 이미지라면 docker login으로 로그인하고, 아니라면 이름을 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image %1 was not found in its registry. Check the image name and the tag.</source>
        <translation>레지스트리에서 %1 이미지를 찾을 수 없습니다. 이미지 이름과 태그를 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 could not be pulled.</source>
        <translation>%1 이미지를 받을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name %1 is already used by another container. Choose another name, or remove that container first.</source>
        <translation>%1(이)라는 이름은 다른 컨테이너가 쓰고 있습니다. 다른 이름을 고르거나 그 컨테이너를 먼저 삭제하세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This image has no /bin/bash, which the requirements step runs with. Use sh instead.</source>
        <translation>이 이미지에는 requirements 단계에서 쓰는 /bin/bash가 없습니다. 대신 sh를 쓰세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container could not start.</source>
        <translation>컨테이너를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine refused to create the container.</source>
        <translation>엔진이 컨테이너 생성을 거부했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The terminal could not attach to the container: %1</source>
        <translation>터미널을 컨테이너에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was launched.</source>
        <translation>아무것도 띄우지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container %1 was created but did not start; it was removed again, so nothing is left half-way.</source>
        <translation>컨테이너 %1이(가) 생성됐지만 시작하지 않아 다시 삭제했습니다. 어중간하게 남은 것은 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The container %1 did not start, and removing it failed too (%2): remove it from the container list.</source>
        <translation>컨테이너 %1이(가) 시작하지 않았고 삭제도 실패했습니다(%2). 컨테이너 목록에서 삭제하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The container %1 did not start; it was kept for you to inspect. Remove it from the container list when done.</source>
        <translation>컨테이너 %1이(가) 시작하지 않았습니다. 살펴볼 수 있게 남겨 두었으니 다 보면 컨테이너 목록에서 삭제하세요.</translation>
    </message>
</context>
<context>
    <name>berth::ui::LaunchForm</name>
    <message>
        <location filename="../ui/launch/launchform.cpp" line="+211"/>
        <source>Choose the project folder</source>
        <translation>프로젝트 폴더 선택</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form matches no preset</source>
        <translation>양식이 어떤 프리셋과도 맞지 않습니다</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The command uses shell operators (such as &amp;&amp;, | or ;), which only a shell understands. Run it through a shell: sh -c &apos;…&apos;</source>
        <translation>명령에 셸만 이해하는 연산자(&amp;&amp;, |, ; 등)가 있습니다. 셸을 통해 실행하세요: sh -c &apos;…&apos;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Sent from %1 on this computer before each run (only what changed; .git and what .gitignore names stay here).</source>
        <translation>실행할 때마다 먼저 이 컴퓨터의 %1에서 보냅니다(바뀐 것만 보내며, .git과 .gitignore에 적힌 것은 보내지 않습니다).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>name %1</source>
        <translation>이름 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>shm %1</source>
        <translation>shm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as me</source>
        <translation>내 계정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user %1</source>
        <translation>사용자 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more mount(s)</source>
        <translation>
            <numerusform>마운트 %n개 더</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n variable(s)</source>
        <translation>
            <numerusform>변수 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n port(s)</source>
        <translation>
            <numerusform>포트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limits</source>
        <translation>한도</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The edited command cannot be read: check its quotes. Write the whole command as the container runs it, such as /bin/bash -c &apos;…&apos;</source>
        <translation>수정한 명령을 읽을 수 없습니다. 따옴표를 확인하세요. 컨테이너가 실행하는 그대로 전체 명령을 쓰세요(예: /bin/bash -c &apos;…&apos;).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your edit is no longer the usual requirements step, so it became the command and runs exactly as typed.</source>
        <translation>수정한 내용이 일반적인 requirements 단계가 아니어서 그대로 명령이 되었고, 입력한 그대로 실행됩니다.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create folder</source>
        <translation>폴더 만들기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run through sh -c</source>
        <translation>sh -c로 실행</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Ser&amp;ver:</source>
        <translation>서버(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;from:</source>
        <translation>시작 설정(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presets</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form as a preset…</source>
        <translation>양식을 프리셋으로 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this preset</source>
        <translation>이 프리셋 삭제</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Image:</source>
        <translation>이미지(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. pytorch/pytorch</source>
        <translation>예: pytorch/pytorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>태그(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse tags…</source>
        <translation>태그 찾아보기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a tag on Docker Hub or the image&apos;s registry, with the CUDA version and driver it needs</source>
        <translation>Docker Hub나 이미지의 레지스트리에서 태그를 찾습니다. CUDA 버전과 필요한 드라이버도 함께 보여 줍니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Project folder:</source>
        <translation>프로젝트 폴더(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder with your code, e.g. ~/projects/resnet</source>
        <translation>코드가 있는 폴더, 예: ~/projects/resnet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="-897"/>
        <source>Choose the folder to send</source>
        <translation>보낼 폴더 고르기</translation>
    </message>
    <message>
        <location line="+904"/>
        <source>&amp;Project folder on %1:</source>
        <translation>%1의 프로젝트 폴더(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder with your code on %1, e.g. /home/you/resnet</source>
        <translation>%1에 있는 코드 폴더, 예: /home/you/resnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder on %1, where the engine runs; Berth checks it there.</source>
        <translation>엔진이 실행되는 %1의 폴더입니다. Berth가 그곳에서 확인합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder on %1, where the engine runs. Berth cannot look at %1&apos;s disk over tcp://: make sure the folder exists there.</source>
        <translation>엔진이 실행되는 %1의 폴더입니다. Berth는 tcp://로는 %1의 디스크를 볼 수 없으니 폴더가 그곳에 있는지 직접 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse the folders on %1</source>
        <translation>%1의 폴더 둘러보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s folders are not on %1: type the path there.</source>
        <translation>이 컴퓨터의 폴더는 %1에 있지 않습니다. 그곳의 경로를 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send from here…</source>
        <translation>여기서 보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a folder on this computer to %1 before each run (rsync over the same ssh connection) and mount it there</source>
        <translation>실행할 때마다 먼저 이 컴퓨터의 폴더를 %1에 복사하고(같은 ssh 연결로 rsync) 그곳에서 마운트합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch outputs…</source>
        <translation>결과 가져오기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a folder of the project on %1 back into the folder here</source>
        <translation>%1에 있는 프로젝트의 폴더를 이 컴퓨터의 폴더로 다시 복사합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending</source>
        <translation>보내지 않기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the folder on %1 as it is, without copying</source>
        <translation>복사하지 않고 %1에 있는 폴더를 그대로 씁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mounted at</source>
        <translation>마운트 위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not mounted</source>
        <translation>마운트 안 함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the project folder appears inside the container</source>
        <translation>컨테이너 안에서 프로젝트 폴더가 보이는 위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GPUs:</source>
        <translation>&amp;GPU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command:</source>
        <translation>명령(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s default, e.g. python train.py</source>
        <translation>이미지 기본값, 예: python train.py</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements:</source>
        <translation>필요 패키지:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install re&amp;quirements first</source>
        <translation>requirements 먼저 설치(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs pip install -r on the requirements file before the command, with a named volume as pip&apos;s cache so the next launch does not download everything again</source>
        <translation>명령 전에 requirements 파일로 pip install -r을 실행합니다. 이름 있는 볼륨을 pip 캐시로 써서 다음 실행 때 모두 다시 받지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pip cache volume</source>
        <translation>pip 캐시 볼륨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shell</source>
        <translation>셸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images without bash (Alpine, busybox) need sh</source>
        <translation>bash가 없는 이미지(Alpine, busybox)는 sh가 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs:</source>
        <translation>실행 명령:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact command the container runs. You can edit it; the fields above follow.</source>
        <translation>컨테이너가 실행하는 정확한 명령입니다. 직접 고칠 수 있고, 위의 칸들이 그에 맞춰 바뀝니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced</source>
        <translation>고급(&amp;A)</translation>
    </message>
</context>
<context>
    <name>berth::ui::LaunchPanel</name>
    <message>
        <location filename="../ui/launch/launchpanel.cpp" line="+215"/>
        <source>Fetch outputs</source>
        <translation>결과 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the project on %1 to copy back (into the same folder here):</source>
        <translation>%1에서 다시 복사할 프로젝트 안의 폴더(이 컴퓨터의 같은 폴더로 복사됨):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loaded %1.</source>
        <translation>%1을(를) 불러왔습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a recent launch</source>
        <translation>최근에 띄운 설정</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled. Nothing was launched.</source>
        <translation>취소했습니다. 아무것도 띄우지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Started %1 in the background.</source>
        <translation>%1을(를) 백그라운드에서 시작했습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is running.</source>
        <translation>%1 동작 중.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 exited with code %2.</source>
        <translation>%1이(가) 코드 %2(으)로 종료했습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+497"/>
        <source>Fill in the form and press Run.</source>
        <translation>양식을 채우고 실행을 누르세요.</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>The typed form could not be kept for the next start; it stays here while Berth runs. Save it as a profile once there is room. %1</source>
        <translation>입력한 양식을 다음 실행을 위해 저장하지 못했습니다. Berth가 실행되는 동안에는 그대로 남아 있습니다. 공간이 생기면 프로필로 저장하세요. %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Have the image: %1</source>
        <translation>이미지가 있는 서버: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did not answer in time: %1</source>
        <translation>제때 응답하지 않은 서버: %1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Started from the %1 preset.</source>
        <translation>%1 프리셋으로 시작했습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filled from a docker run command.</source>
        <translation>docker run 명령으로 채웠습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parts of the command could not be mapped and were left out:</source>
        <translation>명령의 일부는 양식에 옮길 수 없어 뺐습니다:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the imported command:</source>
        <translation>가져온 명령에 대한 참고 사항:</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Nothing was launched: fix the marked fields first.</source>
        <translation>아무것도 띄우지 않았습니다. 표시된 칸을 먼저 고치세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was launched: fix the marked fields first, starting with “%1”.</source>
        <translation>실행하지 않았습니다. 표시된 칸부터 고치세요. 먼저 고칠 칸: “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run with these mounts?</source>
        <translation>이 마운트로 실행할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some mounts are risky on a shared server:</source>
        <translation>일부 마운트는 공용 서버에서 위험합니다:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run anyway</source>
        <translation>그래도 실행</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Not launched.</source>
        <translation>띄우지 않았습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measuring %1…</source>
        <translation>%1 크기를 재는 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send %1?</source>
        <translation>%1 크기의 폴더를 보낼까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 holds %2 (more than %3). The first run sends all of it to %4; later runs send only what changed. Folders such as data/ or .venv/ can stay here: name them in a .gitignore file.</source>
        <translation>폴더 %1의 크기는 %2입니다(%3 초과). 첫 실행에서는 전부 %4에 보내고, 그다음부터는 바뀐 것만 보냅니다. data/나 .venv/ 같은 폴더는 .gitignore 파일에 적으면 이 컴퓨터에 남습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send and run</source>
        <translation>보내고 실행</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Sending the project to %1…</source>
        <translation>프로젝트를 %1에 보내는 중…</translation>
    </message>
    <message>
        <location line="-650"/>
        <source>Sending the project to %1… %2%</source>
        <translation>프로젝트를 %1에 보내는 중… %2%</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>Asking %1 for the home folder…</source>
        <translation>%1에 홈 폴더 위치를 묻는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not say where the home folder is: type the project folder on %1.</source>
        <translation>%1에서 홈 폴더 위치를 알 수 없습니다. %1의 프로젝트 폴더를 직접 입력하세요.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fetching %1 from %2…</source>
        <translation>%2에서 가져오는 중: %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching %1 from %2… %3%</source>
        <translation>%2에서 가져오는 중: %1… %3%</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Fetched %n file(s) into %1.</source>
        <translation>
            <numerusform>파일 %n개를 가져왔습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not fetch %1 from %2: %3</source>
        <translation>%2에서 %1 폴더를 가져오지 못했습니다: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the launch…</source>
        <translation>띄울 설정 확인 중…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Preparing the pip cache volume %1…</source>
        <translation>pip 캐시 볼륨 %1 준비 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for %1 on the engine…</source>
        <translation>엔진에서 %1을(를) 찾는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not on this engine yet: pulling it first.</source>
        <translation>%1이(가) 아직 이 엔진에 없어 먼저 받습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Creating the container…</source>
        <translation>컨테이너 생성 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1; waiting for the terminal to attach…</source>
        <translation>%1을(를) 생성했습니다. 터미널이 연결되기를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pull</source>
        <translation>받기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use sh</source>
        <translation>sh 사용</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the name</source>
        <translation>이름 지우기</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was launched.</source>
        <translation>아무것도 띄우지 않았습니다.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pulled %1.</source>
        <translation>%1을(를) 받았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull of %1 cancelled.</source>
        <translation>%1 받기를 취소했습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not pull %1.</source>
        <translation>%1을(를) 받을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulling %1…</source>
        <translation>%1 받는 중…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not on this engine yet: Run pulls it first.</source>
        <translation>이 엔진에는 아직 %1 이미지가 없습니다. 실행하면 먼저 받습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull now</source>
        <translation>지금 받기</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 has no tag %2: it is not among the %n tags the registry listed on %3.</source>
        <translation>
            <numerusform>%1에 %2 태그가 없습니다. 레지스트리가 %3에 보여 준 태그 %n개 중에 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse tags…</source>
        <translation>태그 찾아보기…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as preset</source>
        <translation>프리셋으로 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new preset:</source>
        <translation>새 프리셋 이름:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove preset?</source>
        <translation>프리셋을 삭제할까요?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the preset %1?</source>
        <translation>%1 프리셋을 삭제할까요?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Launch</source>
        <translation>띄우기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New launch</source>
        <translation>새로 띄우기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a docker run command…</source>
        <translation>docker run 명령 붙여넣기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the form from a docker run line, for example from a tutorial</source>
        <translation>튜토리얼 등에 있는 docker run 줄로 양식을 채웁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form was replaced.</source>
        <translation>양식을 새 내용으로 바꿨습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the form as it was before</source>
        <translation>양식을 이전 상태로 되돌립니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create and start the container (Ctrl+Return)</source>
        <translation>컨테이너를 만들고 시작합니다(Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>berth::ui::LogConsole</name>
    <message numerus="yes">
        <location filename="../ui/logs/logconsole.cpp" line="+192"/>
        <source>Copied %n line(s)</source>
        <translation>
            <numerusform>%n줄 복사함</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search the log</source>
        <translation>로그 검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 결과(Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>다음 결과(Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>거르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the lines that match</source>
        <translation>일치하는 줄만 표시합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show when each line was written (local time)</source>
        <translation>각 줄이 기록된 시각을 표시합니다(현지 시각)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest output in view</source>
        <translation>가장 새 출력을 계속 보여 줍니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected text</source>
        <translation>선택한 텍스트를 복사합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the log to a file</source>
        <translation>로그를 파일로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Shown Lines…</source>
        <translation>표시된 줄 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Whole Log from the Engine…</source>
        <translation>엔진에서 전체 로그 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the console (the container&apos;s log is kept)</source>
        <translation>콘솔을 지웁니다(컨테이너의 로그는 남습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ Resume following</source>
        <translation>↓ 다시 따라가기</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Lost the connection to the engine. Reconnecting…</source>
        <translation>엔진과의 연결이 끊겼습니다. 다시 연결하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The engine has not answered for %n second(s): it may be stopped (frozen) or overloaded. The log continues when it answers again.</source>
        <translation>
            <numerusform>엔진이 %n초 동안 응답하지 않습니다. 멈춰 있거나(정지) 과부하일 수 있습니다. 엔진이 다시 응답하면 로그가 이어집니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine answers again.</source>
        <translation>엔진이 다시 응답합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnected to the engine; the log continues where it stopped.</source>
        <translation>엔진에 다시 연결했습니다. 로그는 멈춘 곳부터 이어집니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not load older lines: %1</source>
        <translation>이전 줄을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The container was killed because it ran out of memory (exit code %1).</source>
        <translation>메모리가 부족해 컨테이너가 강제 종료되었습니다(종료 코드 %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container was stopped by signal %1 (%2); exit code %3.</source>
        <translation>컨테이너가 시그널 %1(%2)로 중지되었습니다. 종료 코드 %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container exited normally (exit code 0).</source>
        <translation>컨테이너가 정상 종료했습니다(종료 코드 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container exited with code %1.</source>
        <translation>컨테이너가 코드 %1(으)로 종료했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished %1.</source>
        <translation>%1에 끝남.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Lines: %1</source>
        <translation>줄: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reconnecting…</source>
        <translation>다시 연결하는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading older lines…</source>
        <translation>이전 줄을 불러오는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll up to load older lines</source>
        <translation>위로 스크롤하면 이전 줄을 불러옵니다</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Jupyter</source>
        <translation>Jupyter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is running on port %2 inside the container, which is not published. Add -p %2:%2 to the launch to open it here.</source>
        <translation>%1이(가) 컨테이너 안의 %2번 포트에서 실행 중이지만 이 포트는 공개되어 있지 않습니다. 여기서 열려면 실행에 -p %2:%2를 추가하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is running: &lt;a href=&quot;%2&quot;&gt;open it in the browser&lt;/a&gt;</source>
        <translation>%1 실행 중: &lt;a href=&quot;%2&quot;&gt;브라우저에서 열기&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>invalid</source>
        <translation>잘못된 식</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 matching</source>
        <translation>%1개 일치</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <location line="+22"/>
        <source>Saved %n line(s) to %1</source>
        <translation>
            <numerusform>%n줄을 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>There is no container to fetch the log from.</source>
        <translation>로그를 가져올 컨테이너가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saving… %n line(s)</source>
        <translation>
            <numerusform>저장 중… %n줄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Shown Lines</source>
        <translation>표시된 줄 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>로그 파일 (*.log *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save Whole Log</source>
        <translation>전체 로그 저장</translation>
    </message>
</context>
<context>
    <name>berth::ui::LogView</name>
    <message>
        <location filename="../ui/logs/logview.cpp" line="+746"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>%n older line(s) dropped to stay within the limit of %1 lines.</source>
        <translation>
            <numerusform>한도 %1줄을 넘지 않도록 이전 줄 %n개를 버렸습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+383"/>
        <source>About Berth</source>
        <translation>Berth 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Berth&lt;/b&gt; %1&lt;br&gt;Launch and watch machine-learning containers on shared GPU servers.</source>
        <translation>&lt;b&gt;Berth&lt;/b&gt; %1&lt;br&gt;공용 GPU 서버에서 머신러닝 컨테이너를 띄우고 지켜봅니다.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Launch</source>
        <translation>띄우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Servers…</source>
        <translation>서버(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berth &amp;Help</source>
        <translation>Berth 도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics</source>
        <translation>주제(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Berth</source>
        <translation>Berth 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>berth::ui::MessageBar</name>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="+26"/>
        <location line="+42"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>berth::ui::MountEditor</name>
    <message>
        <location filename="../ui/mounts/mounteditor.cpp" line="+462"/>
        <source>The working directory is now %1. Mount the project folder there too, instead of at %2?</source>
        <translation>이제 작업 디렉터리가 %1입니다. 프로젝트 폴더도 %2 대신 그곳에 마운트할까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mount at %1</source>
        <translation>%1에 마운트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep %1</source>
        <translation>%1 유지</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a folder to mount</source>
        <translation>마운트할 폴더 선택</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the host folder</source>
        <translation>호스트 폴더 선택</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Errors that block Run: %1</source>
        <translation>실행을 막는 오류: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings to confirm: %1</source>
        <translation>확인이 필요한 경고: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount a folder of this computer into the container. You can also drop folders on the table.</source>
        <translation>이 컴퓨터의 폴더를 컨테이너에 마운트합니다. 표에 폴더를 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount a folder of %1, where the engine runs: type its path there.</source>
        <translation>엔진이 실행되는 %1의 폴더를 마운트합니다. 그곳의 경로를 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a folder path (it may not exist yet)</source>
        <translation>폴더 경로 입력(아직 없어도 됨)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add volume</source>
        <translation>볼륨 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount a named Docker volume, such as a pip cache that outlives the container.</source>
        <translation>pip 캐시처럼 컨테이너보다 오래 남는 이름 있는 Docker 볼륨을 마운트합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tmpfs</source>
        <translation>tmpfs 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount a folder that lives in memory and disappears with the container.</source>
        <translation>메모리에만 있다가 컨테이너와 함께 사라지는 폴더를 마운트합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected mounts (Delete)</source>
        <translation>선택한 마운트를 삭제합니다(Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo removal</source>
        <translation>삭제 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the mounts removed last (%1)</source>
        <translation>마지막으로 삭제한 마운트를 되돌립니다(%1)</translation>
    </message>
</context>
<context>
    <name>berth::ui::MountItemDelegate</name>
    <message>
        <location filename="../ui/mounts/mountitemdelegate.cpp" line="+41"/>
        <source>/path/on/host</source>
        <translation>/호스트/경로</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>volume name, new or existing</source>
        <translation>볼륨 이름(새 볼륨 또는 기존 볼륨)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/path/in/container</source>
        <translation>/컨테이너/경로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 64m or 1g</source>
        <translation>예: 64m 또는 1g</translation>
    </message>
</context>
<context>
    <name>berth::ui::MountTableModel</name>
    <message>
        <location filename="../ui/mounts/mounttablemodel.cpp" line="+95"/>
        <source>Host folder</source>
        <translation>호스트 폴더</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named volume</source>
        <translation>이름 있는 볼륨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tmpfs (memory)</source>
        <translation>tmpfs(메모리)</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Project folder</source>
        <translation>프로젝트 폴더</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(in memory)</source>
        <translation>(메모리)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(anonymous volume)</source>
        <translation>(익명 볼륨)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(default)</source>
        <translation>(기본값)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The project folder: the folder you work in, mounted where the container starts.</source>
        <translation>프로젝트 폴더: 작업하는 폴더로, 컨테이너가 시작하는 위치에 마운트됩니다.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The folder on %1 (where the engine runs), or the name of a Docker volume.</source>
        <translation>%1(엔진이 실행되는 곳)의 폴더, 또는 Docker 볼륨 이름.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder on the host, or the name of a Docker volume. Drop folders here from your file manager.</source>
        <translation>호스트의 폴더 또는 Docker 볼륨 이름. 파일 관리자에서 폴더를 여기로 끌어다 놓을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the mount appears inside the container.</source>
        <translation>컨테이너 안에서 마운트가 나타나는 위치입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container can read but not change the files.</source>
        <translation>컨테이너는 파일을 읽을 수만 있고 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most memory a tmpfs may use, such as 64m or 1g.</source>
        <translation>tmpfs가 쓸 수 있는 최대 메모리(예: 64m, 1g).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host folder or volume</source>
        <translation>호스트 폴더 또는 볼륨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder on %1 or volume</source>
        <translation>%1의 폴더 또는 볼륨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container path</source>
        <translation>컨테이너 경로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
</context>
<context>
    <name>berth::ui::PasteCommandDialog</name>
    <message>
        <location filename="../ui/launch/pastecommanddialog.cpp" line="+73"/>
        <source>What $(pwd) means</source>
        <translation>$(pwd)가 가리키는 곳</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Paste a command above.</source>
        <translation>위에 명령을 붙여 넣으세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything in this command has a place in the form.</source>
        <translation>이 명령의 모든 부분을 양식에 옮길 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Berth could not map (the rest fills the form):</source>
        <translation>Berth가 옮기지 못한 부분(나머지는 양식에 채움):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste a docker run command</source>
        <translation>docker run 명령 붙여넣기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a docker run command, for example from a tutorial. Lines continued with \ and comments after them are fine.</source>
        <translation>튜토리얼 등에 있는 docker run 명령을 붙여 넣으세요. \로 이어진 줄과 그 뒤의 주석도 괜찮습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>$(pwd) and ./ &amp;mean:</source>
        <translation>$(pwd)와 ./의 의미(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Fill the form</source>
        <translation>양식 채우기</translation>
    </message>
</context>
<context>
    <name>berth::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/main/preferencesdialog.cpp" line="+125"/>
        <source>The engine address starts with unix://, tcp:// or ssh:// (for example unix:///var/run/docker.sock). Leave it empty to use DOCKER_HOST or the default.</source>
        <translation>엔진 주소는 unix://, tcp://, ssh:// 중 하나로 시작합니다(예: unix:///var/run/docker.sock). 비워 두면 DOCKER_HOST나 기본값을 씁니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Docker Hub address must be an http:// or https:// URL, such as https://hub.docker.com.</source>
        <translation>Docker Hub 주소는 https://hub.docker.com 같은 http:// 또는 https:// URL이어야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lines loaded when a log opens cannot be more than the lines kept (%1).</source>
        <translation>로그를 열 때 불러오는 줄 수는 메모리에 두는 줄 수(%1)보다 많을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and terminal</source>
        <translation>언어와 터미널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine address:</source>
        <translation>엔진 주소:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOCKER_HOST, else unix:///var/run/docker.sock</source>
        <translation>DOCKER_HOST, 없으면 unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new engine address is used from the next start of Berth.</source>
        <translation>바꾼 엔진 주소는 Berth를 다음에 시작할 때부터 씁니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Hub address:</source>
        <translation>Docker Hub 주소:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop timeout:</source>
        <translation>중지 대기 시간:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation>초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sends SIGTERM, waits this long for the container to exit, then kills it.</source>
        <translation>중지는 SIGTERM을 보내고 컨테이너가 끝나기를 이만큼 기다린 뒤 강제 종료합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pip cache volume:</source>
        <translation>pip 캐시 볼륨:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines loaded when a log opens:</source>
        <translation>로그를 열 때 불러올 줄 수:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines kept in memory per log:</source>
        <translation>로그마다 메모리에 둘 줄 수:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older lines are dropped from memory beyond this; scrolling up loads them again from the engine.</source>
        <translation>이보다 오래된 줄은 메모리에서 버리고, 위로 스크롤하면 엔진에서 다시 불러옵니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show timestamps</source>
        <translation>시각 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal command:</source>
        <translation>터미널 명령:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected (x-terminal-emulator, gnome-terminal, konsole…)</source>
        <translation>자동 감지(x-terminal-emulator, gnome-terminal, konsole…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings are kept in %1. Berth&apos;s own messages go to its standard error (the journal when started from the desktop); container output stays with the engine (docker logs).</source>
        <translation>설정은 %1에 저장됩니다. Berth 자체 메시지는 표준 오류(데스크톱에서 시작했다면 저널)로 나가고, 컨테이너 출력은 엔진에 남습니다(docker logs).</translation>
    </message>
</context>
<context>
    <name>berth::ui::ProfileList</name>
    <message>
        <location filename="../ui/launch/profilelist.cpp" line="+80"/>
        <source>Saving profiles failed: %1</source>
        <translation>프로필을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved profiles could not be read (%1). The damaged file was kept as %2.</source>
        <translation>저장된 프로필을 읽을 수 없습니다(%1). 손상된 파일은 %2(으)로 보관했습니다.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>(the image&apos;s own command)</source>
        <translation>(이미지의 기본 명령)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+23"/>
        <source>Saved the profile %1.</source>
        <translation>%1 프로필을 저장했습니다.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Save profile</source>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the saved launch:</source>
        <translation>저장할 띄우기 설정의 이름:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace profile?</source>
        <translation>프로필을 바꿀까요?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A profile named %1 exists. Replace it?</source>
        <translation>%1(이)라는 프로필이 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename profile</source>
        <translation>프로필 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for %1:</source>
        <translation>%1의 새 이름:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete profile?</source>
        <translation>프로필을 삭제할까요?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the saved profile %1?</source>
        <translation>저장된 프로필 %1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved launches</source>
        <translation>저장한 띄우기 설정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles (none yet)</source>
        <translation>프로필(아직 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named launches you saved</source>
        <translation>이름을 붙여 저장한 띄우기 설정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent</source>
        <translation>최근</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recent (none yet)</source>
        <translation>최근(아직 없음)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The last %n launch(es)</source>
        <translation>
            <numerusform>최근 실행 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form into the current profile</source>
        <translation>양식을 현재 프로필에 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>새로 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear recent launches</source>
        <translation>최근 띄운 기록 지우기</translation>
    </message>
</context>
<context>
    <name>berth::ui::PruneDialog</name>
    <message>
        <location filename="../ui/disk/prunedialog.cpp" line="+20"/>
        <source>untagged image %1</source>
        <translation>태그 없는 이미지 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>These %n untagged image(s) that no container uses will be removed from %1.</source>
        <translation>
            <numerusform>어떤 컨테이너도 쓰지 않는 태그 없는 이미지 %n개를 %1에서 지웁니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These %n image(s) that no container uses, created more than %2 days ago, will be removed from %1. Pulling one again later downloads it again.</source>
        <translation>
            <numerusform>어떤 컨테이너도 쓰지 않고 %2일보다 전에 만들어진 이미지 %n개를 %1에서 지웁니다. 나중에 다시 쓰려면 다시 내려받아야 합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>These %n stopped container(s) will be removed from %1, with their logs and any files written inside them.</source>
        <translation>
            <numerusform>멈춘 컨테이너 %n개를 %1에서 지웁니다. 로그와 컨테이너 안에 쓴 파일도 함께 사라집니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least %1 is freed.</source>
        <translation>최소 %1을(를) 확보합니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>%n개 지우기</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove untagged images</source>
        <translation>태그 없는 이미지 지우기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove unused images</source>
        <translation>미사용 이미지 지우기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove stopped containers</source>
        <translation>멈춘 컨테이너 지우기</translation>
    </message>
</context>
<context>
    <name>berth::ui::PullProgressWidget</name>
    <message>
        <location filename="../ui/tags/pullprogresswidget.cpp" line="+67"/>
        <source>Pulling %1</source>
        <translation>%1 받는 중</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pulled %1</source>
        <translation>%1 받기 완료</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull of %1 cancelled</source>
        <translation>%1 받기 취소됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the pull. Sign in with `docker login %1` (Berth uses the same credentials) and try again.</source>
        <translation>레지스트리가 받기를 거부했습니다. `docker login %1`(으)로 로그인한 뒤(Berth도 같은 자격 증명을 씀) 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry has no such image or tag: %1</source>
        <translation>레지스트리에 그런 이미지나 태그가 없습니다: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not talk to the Docker engine: %1</source>
        <translation>Docker 엔진과 통신할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pull failed: %1</source>
        <translation>받기 실패: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not pull %1</source>
        <translation>%1을(를) 받을 수 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the pull</source>
        <translation>받기를 멈춥니다</translation>
    </message>
</context>
<context>
    <name>berth::ui::RelativeTime</name>
    <message>
        <location filename="../ui/tags/relativetime.cpp" line="+12"/>
        <source>just now</source>
        <translation>방금 전</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n개월 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n년 전</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::ResourcePlot</name>
    <message>
        <location filename="../ui/runs/resourceplot.cpp" line="+133"/>
        <source>No resource readings yet. They appear while the container runs.</source>
        <translation>아직 자원 측정값이 없습니다. 컨테이너가 실행되는 동안 나타납니다.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>CPU %1%</source>
        <translation>CPU %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory %1 of %2</source>
        <translation>메모리 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory %1</source>
        <translation>메모리 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU %1% · %2</source>
        <translation>GPU %1% · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU –</source>
        <translation>GPU –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network %1/s · Disk %2/s</source>
        <translation>네트워크 %1/s · 디스크 %2/s</translation>
    </message>
</context>
<context>
    <name>berth::ui::RunNotifier</name>
    <message>
        <location filename="../ui/runs/runnotifier.cpp" line="+38"/>
        <source>Run failed: %1</source>
        <translation>실행 실패: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run finished: %1</source>
        <translation>실행 완료: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ran %1</source>
        <translation>%1 동안 실행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open run</source>
        <translation>실행 열기</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1&apos;s container</source>
        <translation>%1의 컨테이너</translation>
    </message>
</context>
<context>
    <name>berth::ui::RunTableModel</name>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="+109"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit</source>
        <translation>종료 코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>실행 시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>berth::ui::RunText</name>
    <message>
        <location filename="../ui/runs/runtext.cpp" line="+16"/>
        <location line="+24"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Finished successfully (exit code 0)</source>
        <translation>성공적으로 끝남(종료 코드 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited with code %1</source>
        <translation>종료 코드 %1(으)로 끝남</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped or killed (exit code %1)</source>
        <translation>중지되거나 강제 종료됨(종료 코드 %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Killed: out of memory</source>
        <translation>강제 종료됨: 메모리 부족</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed while it was running</source>
        <translation>실행 중에 삭제됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown: the engine went away while it ran</source>
        <translation>결과 알 수 없음: 실행 중에 엔진 연결이 끊겼습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown: it ended while Berth was closed and the container is gone</source>
        <translation>결과 알 수 없음: Berth가 꺼져 있는 동안 끝났고 컨테이너도 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start</source>
        <translation>시작하지 못함</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not start: %1</source>
        <translation>시작하지 못함: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Killed</source>
        <translation>강제 종료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of memory</source>
        <translation>메모리 부족</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine lost</source>
        <translation>엔진 끊김</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not start</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
</context>
<context>
    <name>berth::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="+190"/>
        <source>The run history could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>실행 기록을 읽을 수 없어 새 기록을 시작했습니다. 이전 파일은 %1(으)로 보관했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs cannot be recorded: the run history could not be opened (%1).</source>
        <translation>실행을 기록할 수 없습니다: 실행 기록을 열지 못했습니다(%1).</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 runs or more</source>
        <translation>실행 %1개 이상</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 runs</source>
        <translation>실행 %2개 중 %1개</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>실행 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+126"/>
        <source>Select a run to see what it did.</source>
        <translation>실행을 선택하면 무엇을 했는지 보여 줍니다.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+90"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Digest</source>
        <translation>다이제스트</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>종료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>실행 시간</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no output was saved)</source>
        <translation>(저장된 출력이 없습니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peak memory %1</source>
        <translation>최대 메모리 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean CPU %1%</source>
        <translation>평균 CPU %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean GPU utilisation %1%</source>
        <translation>평균 GPU 사용률 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peak GPU memory %1</source>
        <translation>최대 GPU 메모리 %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export run</source>
        <translation>실행 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run could not be exported to %1: %2</source>
        <translation>실행을 %1(으)로 내보내지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All runs</source>
        <translation>모든 실행</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Killed</source>
        <translation>강제 종료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out of memory</source>
        <translation>메모리 부족</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome unknown</source>
        <translation>결과 알 수 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Did not start</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search name, command, container…</source>
        <translation>이름, 명령, 컨테이너 검색…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>자원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run again</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch the same command again now</source>
        <translation>같은 명령을 지금 다시 실행합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same image (pinned to the recorded digest)</source>
        <translation>같은 이미지(기록된 다이제스트로 고정)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest image for the tag</source>
        <translation>태그의 최신 이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit and run…</source>
        <translation>수정 후 실행…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this run as JSON (command, digest and output) for a colleague</source>
        <translation>동료가 재현할 수 있도록 이 실행을 JSON(명령, 다이제스트, 출력)으로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load more</source>
        <translation>더 불러오기</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show the next %n older run(s) that match</source>
        <translation>
            <numerusform>조건에 맞는 이전 실행 %n개를 더 표시합니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::ServerCard</name>
    <message>
        <location filename="../ui/lab/servercard.cpp" line="+68"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking…</source>
        <translation>묻는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reachable (answered in %1 ms)</source>
        <translation>연결됨(%1 ms 만에 응답)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reachable</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reachable: %1 %2</source>
        <translation>연결 안 됨: %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker Engine %1 (API %2)</source>
        <translation>Docker Engine %1 (API %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 running of %n container(s)</source>
        <translation>
            <numerusform>컨테이너 %n개 중 %1개 실행 중</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GPUs: asking nvidia-smi…</source>
        <translation>GPU: nvidia-smi에 묻는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs: unknown (Berth cannot run nvidia-smi on this server, e.g. a tcp:// engine)</source>
        <translation>GPU: 알 수 없음(이 서버에서는 Berth가 nvidia-smi를 실행할 수 없음, 예: tcp:// 엔진)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs: none found (no nvidia-smi on this server)</source>
        <translation>GPU: 없음(이 서버에 nvidia-smi가 없음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs: nvidia-smi failed: %1</source>
        <translation>GPU: nvidia-smi 실패: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs: %1 of %2 free</source>
        <translation>GPU: %2개 중 %1개 비어 있음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, since %2</source>
        <translation>%1, %2부터</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · free</source>
        <translation> · 비어 있음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · busy outside containers</source>
        <translation> · 컨테이너 밖에서 사용 중</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · IDLE %1</source>
        <translation> · 유휴 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 holds %n GPU(s) without naming them</source>
        <translation>
            <numerusform>%1이(가) 번호 없이 GPU %n개를 점유</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::ServerField</name>
    <message>
        <location filename="../ui/launch/serverfield.cpp" line="+94"/>
        <source>Asking every server…</source>
        <translation>모든 서버에 묻는 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best server</source>
        <translation>가장 알맞은 서버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask every server now and choose the one with enough free GPUs for this launch (then the most free GPU memory)</source>
        <translation>지금 모든 서버에 물어, 이 실행에 필요한 빈 GPU가 충분한 서버를 고릅니다(그다음은 빈 GPU 메모리가 가장 많은 서버)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server this launch runs on. Choosing another switches Berth to it; what is typed stays.</source>
        <translation>이 실행이 돌아갈 서버입니다. 다른 서버를 고르면 Berth가 그 서버로 바뀌며, 입력한 내용은 그대로 남습니다.</translation>
    </message>
</context>
<context>
    <name>berth::ui::ServerFolderDialog</name>
    <message>
        <location filename="../ui/launch/serverfolderdialog.cpp" line="+23"/>
        <source>Choose a folder on %1</source>
        <translation>%1의 폴더 고르기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder above</source>
        <translation>위 폴더</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Asking %1…</source>
        <translation>%1에 묻는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n more folder(s) not shown: type the path instead.</source>
        <translation>
            <numerusform>표시하지 않은 폴더가 %n개 더 있습니다. 경로를 직접 입력하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folders in here.</source>
        <translation>여기에는 폴더가 없습니다.</translation>
    </message>
</context>
<context>
    <name>berth::ui::ServerSwitcher</name>
    <message>
        <location filename="../ui/remote/serverswitcher.cpp" line="+46"/>
        <source>default (%1)</source>
        <translation>default (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Servers…</source>
        <translation>서버…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no server named %1 any more.</source>
        <translation>%1이라는 서버가 더 이상 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switched, but the docker CLI&apos;s current context could not be saved: %1</source>
        <translation>바꿨지만 docker CLI의 현재 컨텍스트를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1 (%2) ▾</source>
        <translation>서버: %1 (%2) ▾</translation>
    </message>
</context>
<context>
    <name>berth::ui::ServersDialog</name>
    <message>
        <location filename="../ui/remote/serversdialog.cpp" line="+108"/>
        <source>Choose a PEM file</source>
        <translation>PEM 파일 고르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 파일 (*.pem *.crt *.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>DOCKER_HOST, or Berth&apos;s engine setting, or this computer&apos;s socket</source>
        <translation>DOCKER_HOST, 또는 Berth의 엔진 설정, 또는 이 컴퓨터의 소켓</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Address: ssh://USER@SERVER (the docker CLI&apos;s way, using your ~/.ssh keys and config) or tcp://SERVER:2376 with TLS certificates.</source>
        <translation>주소: ssh://사용자@서버(docker CLI와 같은 방식, ~/.ssh의 키와 설정 사용) 또는 TLS 인증서를 쓰는 tcp://서버:2376.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Berth cannot read this address. Use ssh://[USER@]SERVER[:PORT][/path/to/docker.sock] or tcp://SERVER:PORT.</source>
        <translation>Berth가 이 주소를 읽을 수 없습니다. ssh://[사용자@]서버[:포트][/docker.sock/경로] 또는 tcp://서버:포트를 쓰세요.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Not encrypted: anyone who can reach this port controls the engine, which means root on that server. Add TLS certificates, or use ssh:// instead.</source>
        <translation>암호화 안 됨: 이 포트에 닿는 누구나 엔진을, 곧 그 서버의 root 권한을 갖습니다. TLS 인증서를 넣거나 ssh://를 쓰세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted, but the server&apos;s certificate is not checked: anyone in between can pretend to be it.</source>
        <translation>암호화되지만 서버 인증서를 확인하지 않습니다. 중간의 누구든 그 서버인 척할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berth runs your ssh and `docker system dial-stdio` on %1, sharing one ssh connection for everything. Paths you mount are paths on %1.</source>
        <translation>Berth는 내 ssh로 %1에서 `docker system dial-stdio`를 실행하고, 모든 요청이 ssh 연결 하나를 함께 씁니다. 마운트하는 경로는 %1의 경로입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted with TLS; the server must be signed by the CA above.</source>
        <translation>TLS로 암호화됩니다. 서버 인증서는 위의 CA가 서명한 것이어야 합니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A server name starts with a letter or digit and uses only letters, digits and _ . + - (at least two characters; &quot;default&quot; is taken).</source>
        <translation>서버 이름은 영문자나 숫자로 시작하고 영문자, 숫자, _ . + - 만 씁니다(두 글자 이상, &quot;default&quot;는 이미 있음).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A server named %1 already exists.</source>
        <translation>%1이라는 서버가 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. `docker context ls` lists it too.</source>
        <translation>저장했습니다. `docker context ls`에도 보입니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not remove: %1</source>
        <translation>지우지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected: Docker Engine %1, API %2, on %3 (%4).</source>
        <translation>연결됨: Docker Engine %1, API %2, %3 (%4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Servers</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate:</source>
        <translation>CA 인증서:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate:</source>
        <translation>클라이언트 인증서:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key:</source>
        <translation>클라이언트 키:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not check the server&apos;s certificate (unsafe)</source>
        <translation>서버 인증서를 확인하지 않음(위험)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>연결 시험</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this server</source>
        <translation>이 서버 쓰기</translation>
    </message>
</context>
<context>
    <name>berth::ui::ServersPage</name>
    <message>
        <location filename="../ui/lab/serverspage.cpp" line="+123"/>
        <source>Servers</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every Docker context, asked in parallel every few seconds while this page is open.</source>
        <translation>이 페이지가 열려 있는 동안 모든 Docker 컨텍스트에 몇 초마다 동시에 묻습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
</context>
<context>
    <name>berth::ui::TagBrowser</name>
    <message>
        <location filename="../ui/tags/tagbrowser.cpp" line="+263"/>
        <source>&amp;Repository:</source>
        <translation>저장소(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Docker Hub repository such as pytorch/pytorch, or any registry: registry.example.com/team/image</source>
        <translation>pytorch/pytorch 같은 Docker Hub 저장소, 또는 다른 레지스트리의 저장소(registry.example.com/team/image)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[registry/]namespace/repository</source>
        <translation>[registry/]namespace/repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the tags again</source>
        <translation>태그 목록을 다시 불러옵니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU only</source>
        <translation>GPU 전용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only images built for NVIDIA GPUs</source>
        <translation>NVIDIA GPU용으로 빌드된 이미지만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images for running code</source>
        <translation>코드 실행용 이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devel</source>
        <translation>개발용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images with compilers and headers, for building extensions</source>
        <translation>확장 모듈 빌드용 컴파일러와 헤더가 든 이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>py3</source>
        <translation>py3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only TensorFlow&apos;s -py3 tags (Python 3; older TensorFlow releases also had Python 2 images)</source>
        <translation>TensorFlow의 -py3 태그만(Python 3, 예전 TensorFlow 릴리스에는 Python 2 이미지도 있었음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tags built for CUDA %1.x</source>
        <translation>CUDA %1.x용으로 빌드된 태그만</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter tags, e.g. 2.15 jupyter</source>
        <translation>태그 거르기(예: 2.15 jupyter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort:</source>
        <translation>정렬(&amp;S):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Newest version</source>
        <translation>최신 버전순</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last pushed</source>
        <translation>최근 푸시순</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기순</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름순</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use this tag</source>
        <translation>이 태그 사용(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this image into the launch form</source>
        <translation>이 이미지를 띄우기 양식에 넣습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pull</source>
        <translation>받기(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download this image to the Docker engine now</source>
        <translation>이 이미지를 지금 Docker 엔진으로 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to a Docker engine</source>
        <translation>Docker 엔진에 연결되지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+292"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>태그 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n tag(s)</source>
        <translation>
            <numerusform>태그 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cached %1</source>
        <translation>%1 캐시</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loading (%1 of %2)…</source>
        <translation>불러오는 중(%1/%2)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Hub&apos;s rate limit was reached; continuing at %1</source>
        <translation>Docker Hub 요청 한도에 도달했습니다. %1에 이어서 불러옵니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This repository has no tags.</source>
        <translation>이 저장소에는 태그가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n invalid tag name(s) left out</source>
        <translation>
            <numerusform>잘못된 태그 이름 %n개 제외</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::TagBrowserDialog</name>
    <message>
        <location filename="../ui/launch/tagbrowserdialog.cpp" line="+26"/>
        <location line="+7"/>
        <source>Browse tags</source>
        <translation>태그 찾아보기</translation>
    </message>
</context>
<context>
    <name>berth::ui::TagDetailsPane</name>
    <message>
        <location filename="../ui/tags/tagdetailspane.cpp" line="+75"/>
        <source>No tag selected</source>
        <translation>선택한 태그 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a tag on the left to see what it contains and whether this machine can run it.</source>
        <translation>왼쪽에서 태그를 고르면 그 안에 무엇이 들었는지, 이 컴퓨터에서 실행할 수 있는지 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CPU-only image: no NVIDIA driver needed.</source>
        <translation>CPU 전용 이미지: NVIDIA 드라이버가 필요 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPU image; its CUDA version is not known from the tag, so the driver it needs is not known.</source>
        <translation>GPU 이미지이지만 태그로는 CUDA 버전을 알 수 없어 필요한 드라이버도 알 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag does not say whether the image uses a GPU.</source>
        <translation>태그만으로는 이미지가 GPU를 쓰는지 알 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs NVIDIA driver %1 or newer (CUDA %2).</source>
        <translation>NVIDIA 드라이버 %1 이상이 필요합니다(CUDA %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This machine&apos;s driver is unknown (no nvidia-smi found).</source>
        <translation>이 컴퓨터의 드라이버를 알 수 없습니다(nvidia-smi 없음).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine has %1: compatible.</source>
        <translation>이 컴퓨터의 드라이버(%1)와 호환됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This machine has %1: too old. Update the driver or choose a tag with an older CUDA.</source>
        <translation>이 컴퓨터의 드라이버(%1)는 너무 오래되었습니다. 드라이버를 업데이트하거나 더 낮은 CUDA 버전의 태그를 고르세요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>On this engine</source>
        <translation>이 엔진에 있음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, already pulled</source>
        <translation>예, 이미 받았습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digest</source>
        <translation>다이제스트</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Platforms</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last pushed</source>
        <translation>최근 푸시</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This registry reports tag names only.</source>
        <translation>이 레지스트리는 태그 이름만 알려 줍니다.</translation>
    </message>
</context>
<context>
    <name>berth::ui::TagTableModel</name>
    <message>
        <location filename="../ui/tags/tagtablemodel.cpp" line="+77"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Already on this engine</source>
        <translation>이미 이 엔진에 있음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From TensorFlow&apos;s tested build configurations; the tag itself does not name CUDA.</source>
        <translation>TensorFlow의 검증된 빌드 구성 기준입니다. 태그 자체에는 CUDA 버전이 없습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pushed</source>
        <translation>푸시</translation>
    </message>
</context>
<context>
    <name>berth::ui::TerminalPane</name>
    <message>
        <location filename="../ui/terminal/terminalpane.cpp" line="+56"/>
        <source>This container has no terminal (started without -t): input is sent as typed, without echo or line editing.</source>
        <translation>이 컨테이너에는 터미널이 없습니다(-t 없이 시작됨). 입력은 에코나 줄 편집 없이 입력한 그대로 보냅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This container was started without -i: its output is shown, input is not connected.</source>
        <translation>이 컨테이너는 -i 없이 시작되어 출력만 보이고 입력은 연결되지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached to %1. Ctrl+P Ctrl+Q detaches and leaves it running.</source>
        <translation>%1에 연결했습니다. Ctrl+P Ctrl+Q를 누르면 동작 상태로 두고 분리합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1 in %2.</source>
        <translation>%2에서 %1 실행 중.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shell in %1.</source>
        <translation>%1 컨테이너의 셸.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>attach: %1</source>
        <translation>attach: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shell: %1</source>
        <translation>셸: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The process exited with code %1.</source>
        <translation>프로세스가 코드 %1(으)로 종료했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container exited with code %1.</source>
        <translation>컨테이너가 코드 %1(으)로 종료했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The container exited and was removed.</source>
        <translation>컨테이너가 종료되어 삭제되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container stopped (exit code %1), which ended this session.</source>
        <translation>컨테이너가 중지되어(종료 코드 %1) 이 세션이 끝났습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The container stopped and was removed, which ended this session.</source>
        <translation>컨테이너가 중지되고 삭제되어 이 세션이 끝났습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detached. The container keeps running.</source>
        <translation>분리했습니다. 컨테이너는 계속 동작합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session closed.</source>
        <translation>세션을 닫았습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The container is not running. Start it, then open the terminal again. (%1)</source>
        <translation>컨테이너가 동작 중이 아닙니다. 시작한 다음 터미널을 다시 여세요. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container no longer exists.</source>
        <translation>컨테이너가 더 이상 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the Docker engine: %1. Is it running?</source>
        <translation>Docker 엔진에 연결할 수 없습니다: %1. 실행 중인가요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied on the Docker socket. Ask to be added to the docker group, then log in again.</source>
        <translation>Docker 소켓에 대한 권한이 없습니다. docker 그룹에 추가해 달라고 요청한 뒤 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal session failed: %1</source>
        <translation>터미널 세션 실패: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open in System Terminal</source>
        <translation>시스템 터미널에서 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run docker exec -it / docker attach in the desktop&apos;s terminal</source>
        <translation>데스크톱 터미널에서 docker exec -it / docker attach를 실행합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach</source>
        <translation>분리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the container running (Ctrl+P Ctrl+Q)</source>
        <translation>컨테이너를 동작 상태로 둡니다(Ctrl+P Ctrl+Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>berth::ui::TerminalWidget</name>
    <message>
        <location filename="../ui/terminal/terminalwidget.cpp" line="+603"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Scrollback</source>
        <translation>스크롤백 지우기(&amp;L)</translation>
    </message>
</context>
<context>
    <name>berth::ui::VolumeListModel</name>
    <message>
        <location filename="../ui/mounts/volumelistmodel.cpp" line="+65"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>measuring…</source>
        <translation>측정 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not used</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On the host at %1</source>
        <translation>호스트의 %1에 있음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by %1</source>
        <translation>%1이(가) 만듦</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not created by Berth (for example with docker volume create), so its owner is unknown.</source>
        <translation>Berth로 만들지 않아(예: docker volume create) 소유자를 알 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine did not report a size for this volume.</source>
        <translation>엔진이 이 볼륨의 크기를 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No container uses this volume; it can be removed.</source>
        <translation>이 볼륨을 쓰는 컨테이너가 없어 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, started by %3</source>
        <translation>%1: %2, %3이(가) 시작</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>사용 중인 컨테이너</translation>
    </message>
</context>
<context>
    <name>berth::ui::VolumesPage</name>
    <message>
        <location filename="../ui/mounts/volumespage.cpp" line="+254"/>
        <source>Could not list the volumes.</source>
        <translation>볼륨 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>“%1” is not a valid volume name. Use letters, digits, “_”, “.” and “-”, starting with a letter or digit, at least two characters.</source>
        <translation>“%1”은(는) 올바른 볼륨 이름이 아닙니다. 영문자, 숫자, “_”, “.”, “-”만 쓰고, 영문자나 숫자로 시작하는 두 글자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+272"/>
        <source>The volume %1 exists already.</source>
        <translation>%1 볼륨이 이미 있습니다.</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Could not create the volume %1.</source>
        <translation>%1 볼륨을 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the volume %1.</source>
        <translation>%1 볼륨을 만들었습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove volumes</source>
        <translation>볼륨 삭제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the volume %1? The files in it are deleted for good.</source>
        <translation>%1 볼륨을 삭제할까요? 안의 파일이 영구히 지워집니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n volumes? The files in them are deleted for good.</source>
        <translation>
            <numerusform>볼륨 %n개를 삭제할까요? 안의 파일이 영구히 지워집니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed the volume %1.</source>
        <translation>%1 볼륨을 삭제했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the volumes %1.</source>
        <translation>볼륨 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not remove the volume %1.</source>
        <translation>%1 볼륨을 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The volume %1 is in use by %2, so it was not removed. Remove those containers first (stopped containers count too).</source>
        <translation>%1 볼륨은 다른 컨테이너(%2)가 쓰고 있어 삭제하지 않았습니다. 먼저 그 컨테이너를 삭제하세요(중지된 컨테이너도 포함).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No volume is unused; there is nothing to prune.</source>
        <translation>쓰지 않는 볼륨이 없어 정리할 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown owner</source>
        <translation>소유자 모름</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Also remove %n unused volume(s) of other people (%1)</source>
        <translation>
            <numerusform>다른 사람의 사용하지 않는 볼륨 %n개도 삭제(%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, owner: %2</source>
        <translation>%1, 소유자: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your volumes is unused. Other people&apos;s unused volumes are kept unless you choose them below.</source>
        <translation>내 볼륨 중 사용하지 않는 것은 없습니다. 다른 사람의 사용하지 않는 볼륨은 아래에서 고르지 않으면 남겨 둡니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n unused volume(s), %1 in all? Their files are deleted for good.</source>
        <translation>
            <numerusform>쓰지 않는 볼륨 %n개(모두 %1)를 삭제할까요? 안의 파일이 영구히 지워집니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Remove your volumes that no container uses, after showing which (other people&apos;s only when you also choose them)</source>
        <translation>어떤 컨테이너도 쓰지 않는 내 볼륨을 목록을 보여 준 뒤 삭제합니다(다른 사람 것은 따로 골랐을 때만)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s volumes</source>
        <translation>모든 사람의 볼륨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My volumes</source>
        <translation>내 볼륨</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Prune unused volumes</source>
        <translation>쓰지 않는 볼륨 정리</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Remove %n volume(s)</source>
        <translation>
            <numerusform>볼륨 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Removed %n unused volume(s).</source>
        <translation>
            <numerusform>쓰지 않는 볼륨 %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removed %n volume(s); kept %1, which came into use meanwhile.</source>
        <translation>
            <numerusform>볼륨 %n개를 삭제했습니다. %1은(는) 그사이에 사용되기 시작해 남겨 두었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A volume for pip&apos;s download cache, mounted at /pip_cache, so packages are downloaded once instead of at every run.</source>
        <translation>/pip_cache에 마운트되는 pip 다운로드 캐시용 볼륨입니다. 패키지를 실행할 때마다 받지 않고 한 번만 받습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading volumes…</source>
        <translation>볼륨을 불러오는 중…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Volumes: %1</source>
        <translation>볼륨: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volumes: %1 of yours, %2 in all</source>
        <translation>볼륨: 내 것 %1개, 전체 %2개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 in all</source>
        <translation>%1, 모두 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, unused: %2</source>
        <translation>%1, 사용 안 함: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (measuring sizes…)</source>
        <translation>%1 (크기 측정 중…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create %1</source>
        <translation>%1 만들기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New volume name</source>
        <translation>새 볼륨 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected volumes and the files in them</source>
        <translation>선택한 볼륨과 그 안의 파일을 삭제합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune unused…</source>
        <translation>정리…</translation>
    </message>
</context>
</TS>
