<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MountValidator</name>
    <message>
        <location filename="../core/launch/mountvalidator.cpp" line="+129"/>
        <source>Row %1: the tmpfs size “%2” is not a size. Write a number with an optional unit, such as 64m or 1g.</source>
        <translation>Row %1: the tmpfs size “%2” is not a size. Write a number with an optional unit, such as 64m or 1g.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Row %1: choose a host folder to mount.</source>
        <translation>Row %1: choose a host folder to mount.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: the host folder “%2” must be a full path starting with /.</source>
        <translation>Row %1: the host folder “%2” must be a full path starting with /.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: the host folder “%2” contains “:”, which -v cannot express.</source>
        <translation>Row %1: the host folder “%2” contains “:”, which -v cannot express.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>Use --mount</source>
        <translation>Use --mount</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Row %1: the host folder “%2” does not exist on %3. Create it there yourself so that it belongs to you; the engine would create it owned by root.</source>
        <translation>Row %1: the host folder “%2” does not exist on %3. Create it there yourself so that it belongs to you; the engine would create it owned by root.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1: the host folder “%2” does not exist. Create it yourself so that it belongs to you; the engine would create it owned by root.</source>
        <translation>Row %1: the host folder “%2” does not exist. Create it yourself so that it belongs to you; the engine would create it owned by root.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create folder</source>
        <translation>Create folder</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Row %1: “%2” is not a valid volume name. Use letters, digits, “_”, “.” and “-”, starting with a letter or digit, at least two characters.</source>
        <translation>Row %1: “%2” is not a valid volume name. Use letters, digits, “_”, “.” and “-”, starting with a letter or digit, at least two characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1: the tmpfs size cannot be negative.</source>
        <translation>Row %1: the tmpfs size cannot be negative.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: the tmpfs size “%2” is not a size. --tmpfs takes a number with an optional k, m or g, or a percentage such as 50%.</source>
        <translation>Row %1: the tmpfs size “%2” is not a size. --tmpfs takes a number with an optional k, m or g, or a percentage such as 50%.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1: enter the path inside the container, such as /data.</source>
        <translation>Row %1: enter the path inside the container, such as /data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: the container path “%2” must start with /.</source>
        <translation>Row %1: the container path “%2” must start with /.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use /%1</source>
        <translation>Use /%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2 is a system path inside the container; mounting over it breaks the container. Choose another path.</source>
        <translation>Row %1: %2 is a system path inside the container; mounting over it breaks the container. Choose another path.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: this mount replaces the container&apos;s own %2. Only tools that read the host&apos;s devices or kernel state need that; other programs may stop working.</source>
        <translation>Row %1: this mount replaces the container&apos;s own %2. Only tools that read the host&apos;s devices or kernel state need that; other programs may stop working.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: the container path “%2” contains “:”, which -v cannot express.</source>
        <translation>Row %1: the container path “%2” contains “:”, which -v cannot express.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: the pip cache for installing requirements is mounted at %2. Choose another container path, or turn off the pip cache.</source>
        <translation>Row %1: the pip cache for installing requirements is mounted at %2. Choose another container path, or turn off the pip cache.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row %1: row %2 also mounts at %3. Each container path can be mounted once.</source>
        <translation>Row %1: row %2 also mounts at %3. Each container path can be mounted once.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row %1: this mounts the host&apos;s whole file system (/). Everyone&apos;s files, and the system itself, become writable by the container&apos;s root user.</source>
        <translation>Row %1: this mounts the host&apos;s whole file system (/). Everyone&apos;s files, and the system itself, become writable by the container&apos;s root user.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: %2 holds the host&apos;s system configuration, including password hashes. The container&apos;s root user can read and change it.</source>
        <translation>Row %1: %2 holds the host&apos;s system configuration, including password hashes. The container&apos;s root user can read and change it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row %1: %2 is a link to the Docker engine&apos;s socket (%3). Anything in the container that uses it has root on the host and can reach every user&apos;s containers.</source>
        <translation>Row %1: %2 is a link to the Docker engine&apos;s socket (%3). Anything in the container that uses it has root on the host and can reach every user&apos;s containers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2 is the Docker engine&apos;s socket. Anything in the container that uses it has root on the host and can reach every user&apos;s containers.</source>
        <translation>Row %1: %2 is the Docker engine&apos;s socket. Anything in the container that uses it has root on the host and can reach every user&apos;s containers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2 contains the Docker engine&apos;s socket (%3), which gives root on the host to anything in the container that uses it.</source>
        <translation>Row %1: %2 contains the Docker engine&apos;s socket (%3), which gives root on the host to anything in the container that uses it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2 holds the Docker engine&apos;s data (%3): every image, volume and container&apos;s files. Changing it can break the engine for everyone.</source>
        <translation>Row %1: %2 holds the Docker engine&apos;s data (%3): every image, volume and container&apos;s files. Changing it can break the engine for everyone.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2 is part of the host system (%3). The container&apos;s root user can change the host&apos;s devices, kernel settings or programs through it.</source>
        <translation>Row %1: %2 is part of the host system (%3). The container&apos;s root user can change the host&apos;s devices, kernel settings or programs through it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1: %2 is in the root user&apos;s home folder, which is not yours: it often holds credentials for the whole server.</source>
        <translation>Row %1: %2 is in the root user&apos;s home folder, which is not yours: it often holds credentials for the whole server.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Row %1: %2 is in another user&apos;s home folder (%3). On a shared server, mount only your own files.</source>
        <translation>Row %1: %2 is in another user&apos;s home folder (%3). On a shared server, mount only your own files.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: %2 contains other users&apos; home folders. On a shared server, mount only your own files.</source>
        <translation>Row %1: %2 contains other users&apos; home folders. On a shared server, mount only your own files.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a full path.</source>
        <translation>“%1” is not a full path.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” exists but is not a folder.</source>
        <translation>“%1” exists but is not a folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not create the folder “%1”. Check that you may write to its parent folder.</source>
        <translation>Could not create the folder “%1”. Check that you may write to its parent folder.</translation>
    </message>
</context>
<context>
    <name>berth::app</name>
    <message>
        <location filename="../app/enginecommand.cpp" line="+22"/>
        <source>Check the Docker engine connection.</source>
        <translation>Check the Docker engine connection.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Context: %1</source>
        <translation>Context: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: this connection is not encrypted, and anyone who can reach the port controls the engine (root on that machine).</source>
        <translation>Warning: this connection is not encrypted, and anyone who can reach the port controls the engine (root on that machine).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Docker Engine %1 at %2, API %3 (Berth uses %4)</source>
        <translation>Docker Engine %1 at %2, API %3 (Berth uses %4)</translation>
    </message>
    <message>
        <location filename="../app/engineoptions.cpp" line="+15"/>
        <source>Engine address: unix://PATH, tcp://HOST:PORT or ssh://[USER@]HOST[:PORT][/SOCKET].</source>
        <translation>Engine address: unix://PATH, tcp://HOST:PORT or ssh://[USER@]HOST[:PORT][/SOCKET].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker context to use (as in docker --context).</source>
        <translation>Docker context to use (as in docker --context).</translation>
    </message>
    <message>
        <location filename="../app/pscommand.cpp" line="+113"/>
        <source>List containers on one server or on every server.</source>
        <translation>List containers on one server or on every server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every docker context, side by side.</source>
        <translation>Every docker context, side by side.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show stopped containers too.</source>
        <translation>Show stopped containers too.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/serverscommand.cpp" line="+46"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONTAINER ID</source>
        <translation>CONTAINER ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/serverscommand.cpp" line="+46"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/serverscommand.cpp" line="+1"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OWNER</source>
        <translation>OWNER</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/serverscommand.cpp" line="+1"/>
        <source>GPUS</source>
        <translation>GPUS</translation>
    </message>
    <message>
        <location filename="../app/serverscommand.cpp" line="-66"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no nvidia-smi</source>
        <translation>no nvidia-smi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nvidia-smi failed</source>
        <translation>nvidia-smi failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 free</source>
        <translation>%1 of %2 free</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every server (docker context) with its engine, containers and GPUs.</source>
        <translation>Every server (docker context) with its engine, containers and GPUs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engine address of the default server.</source>
        <translation>Engine address of the default server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to wait for each server (default 10).</source>
        <translation>Seconds to wait for each server (default 10).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ENGINE</source>
        <translation>ENGINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONTAINERS</source>
        <translation>CONTAINERS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reachable</source>
        <translation>reachable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 running / %2</source>
        <translation>%1 running / %2</translation>
    </message>
</context>
<context>
    <name>berth::app::RunCommand</name>
    <message>
        <location filename="../app/runcommand.cpp" line="+68"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Launch a docker run line as the Berth window does, record it, and stream its output.</source>
        <translation>Launch a docker run line as the Berth window does, record it, and stream its output.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it, print the container id and return.</source>
        <translation>Start it, print the container id and return.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container name (replaces the line&apos;s --name).</source>
        <translation>Container name (replaces the line&apos;s --name).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker run line, in quotes.</source>
        <translation>The docker run line, in quotes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>berth run: give the docker run line after --, in quotes.</source>
        <translation>berth run: give the docker run line after --, in quotes.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>berth run: the run is not recorded: %1</source>
        <translation>berth run: the run is not recorded: %1</translation>
    </message>
</context>
<context>
    <name>berth::app::RunsCommand</name>
    <message>
        <location filename="../app/runscommand.cpp" line="+45"/>
        <source>List the run history, newest first.</source>
        <translation>List the run history, newest first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON (one array of run objects).</source>
        <translation>Print JSON (one array of run objects).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N runs (default 20; 0 for all).</source>
        <translation>Show at most N runs (default 20; 0 for all).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only runs with this status: running, exited, succeeded, failed, killed, oom-killed, removed, engine-lost, unknown, failed-to-start.</source>
        <translation>Only runs with this status: running, exited, succeeded, failed, killed, oom-killed, removed, engine-lost, unknown, failed-to-start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only runs on this server.</source>
        <translation>Only runs on this server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --json: include each run&apos;s saved log tail.</source>
        <translation>With --json: include each run&apos;s saved log tail.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>berth runs: --limit needs a number of runs, not &quot;%1&quot;.</source>
        <translation>berth runs: --limit needs a number of runs, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>berth runs: unknown status &quot;%1&quot;.</source>
        <translation>berth runs: unknown status &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>berth runs: cannot open the run history %1: %2</source>
        <translation>berth runs: cannot open the run history %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>berth runs: the run history could not be read and was kept as %1; a new one was started.</source>
        <translation>berth runs: the run history could not be read and was kept as %1; a new one was started.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No runs recorded yet.</source>
        <translation>No runs recorded yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
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
        <translation>Lists an image repository&apos;s tags with what each tag says: version, GPU, CUDA, cuDNN, runtime or devel, and the NVIDIA driver it needs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker Hub API address (default: the setting).</source>
        <translation>Docker Hub API address (default: the setting).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tags whose name contains every word.</source>
        <translation>Only tags whose name contains every word.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensorflow/tensorflow, pytorch/pytorch, nvidia/cuda or [registry/]ns/repo</source>
        <translation>tensorflow/tensorflow, pytorch/pytorch, nvidia/cuda or [registry/]ns/repo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: berth tags [--hub-url URL] [--filter TEXT] [--json] REPOSITORY</source>
        <translation>Usage: berth tags [--hub-url URL] [--filter TEXT] [--json] REPOSITORY</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a URL: %1</source>
        <translation>Not a URL: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Docker Hub&apos;s rate limit was reached; waiting until %1.</source>
        <translation>Docker Hub&apos;s rate limit was reached; waiting until %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Showing the cached tags from %1.</source>
        <translation>Showing the cached tags from %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n tag name(s) from the registry broke the tag grammar (control characters, &quot;../&quot; …) and were left out.</source>
        <translation>
            <numerusform>%n tag name from the registry broke the tag grammar (control characters, &quot;../&quot; …) and was left out.</numerusform>
            <numerusform>%n tag names from the registry broke the tag grammar (control characters, &quot;../&quot; …) and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::core::BestServer</name>
    <message>
        <location filename="../core/lab/bestserver.cpp" line="+31"/>
        <source>%1 has %2 free</source>
        <translation>%1 has %2 free</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it already has the image</source>
        <translation>it already has the image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the image will be pulled there</source>
        <translation>the image will be pulled there</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: reachable with the fewest running containers (%2); %3.</source>
        <translation>%1: reachable with the fewest running containers (%2); %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n free GPU(s) with the most free memory (%2 GiB on GPU %3); %4.</source>
        <translation>
            <numerusform>%1: %n free GPU with the most free memory (%2 GiB on GPU %3); %4.</numerusform>
            <numerusform>%1: %n free GPUs with the most free memory (%2 GiB on GPU %3); %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No server answers.</source>
        <translation>No server answers.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No server has %n free GPU(s): %1.</source>
        <translation>
            <numerusform>No server has %n free GPU: %1.</numerusform>
            <numerusform>No server has %n free GPUs: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::core::ContainerMonitor</name>
    <message>
        <location filename="../core/engine/containermonitor.cpp" line="+80"/>
        <source>The engine closed the events stream.</source>
        <translation>The engine closed the events stream.</translation>
    </message>
</context>
<context>
    <name>berth::core::CreateBodyBuilder</name>
    <message>
        <location filename="../core/launch/envfile.cpp" line="+36"/>
        <source>line &quot;%1&quot; has no valid variable name</source>
        <translation>line &quot;%1&quot; has no valid variable name</translation>
    </message>
    <message>
        <location filename="../core/launch/createbodybuilder.cpp" line="+43"/>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a line is longer than 64 KiB (token too long)</source>
        <translation>a line is longer than 64 KiB (token too long)</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1 ports are published; Berth publishes at most %2</source>
        <translation>%1 ports are published; Berth publishes at most %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the env file %1: %2</source>
        <translation>Cannot read the env file %1: %2</translation>
    </message>
</context>
<context>
    <name>berth::core::DiskUsage</name>
    <message>
        <location filename="../core/engine/diskusage.cpp" line="+116"/>
        <source>The engine sent malformed disk usage data: %1</source>
        <translation>The engine sent malformed disk usage data: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
</context>
<context>
    <name>berth::core::DockerRunParser</name>
    <message>
        <location filename="../core/launch/dockerrunparser.cpp" line="+296"/>
        <source>The text holds more than one command: paste a single docker run command (join continued lines with a backslash at the end)</source>
        <translation>The text holds more than one command: paste a single docker run command (join continued lines with a backslash at the end)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is empty</source>
        <translation>The text is empty</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The line publishes %1 ports; Berth publishes at most %2 (each one costs the engine a proxy and the container&apos;s configuration grows with it): publish fewer or smaller ranges</source>
        <translation>The line publishes %1 ports; Berth publishes at most %2 (each one costs the engine a proxy and the container&apos;s configuration grows with it): publish fewer or smaller ranges</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NV_GPU only means something to nvidia-docker; it was ignored</source>
        <translation>NV_GPU only means something to nvidia-docker; it was ignored</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>docker volume create without a name makes a volume the run cannot name: paste only the docker run command</source>
        <translation>docker volume create without a name makes a volume the run cannot name: paste only the docker run command</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text also creates the volume %1, which the docker run command does not use: paste only the docker run command</source>
        <translation>The text also creates the volume %1, which the docker run command does not use: paste only the docker run command</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>docker volume create %1 was skipped with its options: Berth creates the volume with the engine&apos;s defaults when the run needs it; create it yourself first for another driver</source>
        <translation>docker volume create %1 was skipped with its options: Berth creates the volume with the engine&apos;s defaults when the run needs it; create it yourself first for another driver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker volume create %1 was skipped: Berth creates the volume when the run needs it</source>
        <translation>docker volume create %1 was skipped: Berth creates the volume when the run needs it</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is set for the docker command itself, not inside the container: it was ignored (use -e to set it in the container)</source>
        <translation>%1 is set for the docker command itself, not inside the container: it was ignored (use -e to set it in the container)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a docker run command</source>
        <translation>This is not a docker run command</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a docker run command: it starts with &quot;%1&quot;</source>
        <translation>This is not a docker run command: it starts with &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>docker %1 was ignored: Berth uses the engine chosen in its settings</source>
        <translation>docker %1 was ignored: Berth uses the engine chosen in its settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This docker command does not run a container: use docker run</source>
        <translation>This docker command does not run a container: use docker run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker %1 does not run a container: use docker run</source>
        <translation>docker %1 does not run a container: use docker run</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--%1 is not a docker run option</source>
        <translation>--%1 is not a docker run option</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+24"/>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 is not a docker run option</source>
        <translation>%1 is not a docker run option</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The command names no image: add the image after the options</source>
        <translation>The command names no image: add the image after the options</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+113"/>
        <source>&quot;%1&quot; is a placeholder: replace it with a real value</source>
        <translation>&quot;%1&quot; is a placeholder: replace it with a real value</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 is an optional command: Berth put %2 in the Command field. Clear it to get a shell in the container instead.</source>
        <translation>%1 is an optional command: Berth put %2 in the Command field. Clear it to get a shell in the container instead.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 only changes how the docker command behaves; Berth does not need it and ignored it</source>
        <translation>%1 only changes how the docker command behaves; Berth does not need it and ignored it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a docker run option that Berth does not support yet</source>
        <translation>%1 is a docker run option that Berth does not support yet</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>expected a size such as 8g or 512m</source>
        <translation>expected a size such as 8g or 512m</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the label has no name</source>
        <translation>the label has no name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a number of CPUs such as 4 or 1.5</source>
        <translation>expected a number of CPUs such as 4 or 1.5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected CPU numbers and ranges such as 0-3 or 0,2</source>
        <translation>expected CPU numbers and ranges such as 0-3 or 0,2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a size such as 16g or 512m</source>
        <translation>expected a size such as 16g or 512m</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a size such as 32g, or -1 for unlimited swap</source>
        <translation>expected a size such as 32g, or -1 for unlimited swap</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berth connects a container to one network; the second %1 %2 is not supported</source>
        <translation>Berth connects a container to one network; the second %1 %2 is not supported</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 with options (%2) is not supported: give just the network name</source>
        <translation>%1 with options (%2) is not supported: give just the network name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>container: needs the name or id of a container</source>
        <translation>container: needs the name or id of a container</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a DNS server is given by its IP address</source>
        <translation>a DNS server is given by its IP address</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected no, always, unless-stopped or on-failure[:N]</source>
        <translation>expected no, always, unless-stopped or on-failure[:N]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected host or container:NAME</source>
        <translation>expected host or container:NAME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: neither a device path nor a CDI device name (vendor.com/class=name)</source>
        <translation>%1 %2: neither a device path nor a CDI device name (vendor.com/class=name)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a Linux capability (such as SYS_PTRACE or NET_ADMIN)</source>
        <translation>not a Linux capability (such as SYS_PTRACE or NET_ADMIN)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 %2: the docker CLI reads this as GPU %3 plus a count of %4, which the engine refuses; Berth uses GPUs %5 (for the CLI, quote it: &apos;&quot;device=%5&quot;&apos;)</source>
        <translation>%1 %2: the docker CLI reads this as GPU %3 plus a count of %4, which the engine refuses; Berth uses GPUs %5 (for the CLI, quote it: &apos;&quot;device=%5&quot;&apos;)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected KEY=VALUE with label, apparmor, seccomp or systempaths, or no-new-privileges</source>
        <translation>expected KEY=VALUE with label, apparmor, seccomp or systempaths, or no-new-privileges</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>the variable has no name</source>
        <translation>the variable has no name</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mount option %1 only matters on Docker Desktop for Mac; it was ignored</source>
        <translation>The mount option %1 only matters on Docker Desktop for Mac; it was ignored</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 %2: seccomp profile files are not supported yet</source>
        <translation>%1 %2: seccomp profile files are not supported yet</translation>
    </message>
</context>
<context>
    <name>berth::core::DriverVersion</name>
    <message>
        <location filename="../core/gpu/driverversion.cpp" line="+57"/>
        <source>This image needs NVIDIA driver %1 or newer, but this computer has driver %2. Choose an older tag or update the driver.</source>
        <translation>This image needs NVIDIA driver %1 or newer, but this computer has driver %2. Choose an older tag or update the driver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image uses CUDA %1, which needs NVIDIA driver %2 or newer, but this computer has driver %3. Choose a tag with an older CUDA or update the driver.</source>
        <translation>This image uses CUDA %1, which needs NVIDIA driver %2 or newer, but this computer has driver %3. Choose a tag with an older CUDA or update the driver.</translation>
    </message>
</context>
<context>
    <name>berth::core::EngineClient</name>
    <message>
        <location filename="../core/engine/engineclient.cpp" line="+53"/>
        <source>The engine sent malformed JSON: %1</source>
        <translation>The engine sent malformed JSON: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>DOCKER_API_VERSION=%1 is not a valid API version (expected a form like 1.41).</source>
        <translation>DOCKER_API_VERSION=%1 is not a valid API version (expected a form like 1.41).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DOCKER_API_VERSION=%1 is older than API %2, the oldest Berth speaks. Unset it or pin %2 or newer.</source>
        <translation>DOCKER_API_VERSION=%1 is older than API %2, the oldest Berth speaks. Unset it or pin %2 or newer.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The engine did not say which API version it speaks; Berth needs API %1 or newer (Docker Engine 19.03 or newer).</source>
        <translation>The engine did not say which API version it speaks; Berth needs API %1 or newer (Docker Engine 19.03 or newer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine speaks API %1, but Berth needs %2 or newer (Docker Engine 19.03 or newer). Please upgrade Docker.</source>
        <translation>The engine speaks API %1, but Berth needs %2 or newer (Docker Engine 19.03 or newer). Please upgrade Docker.</translation>
    </message>
    <message>
        <location line="+545"/>
        <source>The engine answered HTTP %1 instead of switching to a raw stream.</source>
        <translation>The engine answered HTTP %1 instead of switching to a raw stream.</translation>
    </message>
</context>
<context>
    <name>berth::core::EngineStream</name>
    <message>
        <location filename="../core/engine/enginestreams.cpp" line="+58"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>berth::core::EventStream</name>
    <message>
        <location line="+114"/>
        <source>The engine sent a malformed event.</source>
        <translation>The engine sent a malformed event.</translation>
    </message>
</context>
<context>
    <name>berth::core::FreeGpuChooser</name>
    <message>
        <location filename="../core/gpu/freegpuchooser.cpp" line="+32"/>
        <source>this server</source>
        <translation>this server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for at least one free GPU.</source>
        <translation>Ask for at least one free GPU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berth cannot see the GPUs of %1 (nvidia-smi gave no answer there), so it cannot tell which are free. Name the GPUs instead.</source>
        <translation>Berth cannot see the GPUs of %1 (nvidia-smi gave no answer there), so it cannot tell which are free. Name the GPUs instead.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>No GPU of %1 is free: %n wanted.</source>
        <translation>
            <numerusform>No GPU of %1 is free: %n wanted.</numerusform>
            <numerusform>No GPU of %1 is free: %n wanted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Only %1 of the %n GPU(s) wanted are free on %2 (GPU %3).</source>
        <translation>
            <numerusform>Only %1 of the %n GPU wanted is free on %2 (GPU %3).</numerusform>
            <numerusform>Only %1 of the %n GPUs wanted are free on %2 (GPU %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::core::FreeGpuFinder</name>
    <message>
        <location filename="../core/lab/freegpufinder.cpp" line="+39"/>
        <source>Berth could not ask the engine which GPUs are in use: %1</source>
        <translation>Berth could not ask the engine which GPUs are in use: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no engine</source>
        <translation>no engine</translation>
    </message>
</context>
<context>
    <name>berth::core::GpuCapability</name>
    <message>
        <location filename="../core/gpu/gpucapability.cpp" line="+39"/>
        <source>The engine runs containers with the NVIDIA runtime by default.</source>
        <translation>The engine runs containers with the NVIDIA runtime by default.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine has the NVIDIA runtime.</source>
        <translation>The engine has the NVIDIA runtime.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is installed but %2 is missing, so starting a GPU container will probably fail.</source>
        <translation>%1 is installed but %2 is missing, so starting a GPU container will probably fail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NVIDIA Container Toolkit is installed (%1).</source>
        <translation>The NVIDIA Container Toolkit is installed (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine has NVIDIA CDI devices (%1).</source>
        <translation>The engine has NVIDIA CDI devices (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine supports CDI devices, but whether its host has NVIDIA ones cannot be seen from here.</source>
        <translation>The engine supports CDI devices, but whether its host has NVIDIA ones cannot be seen from here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine has no NVIDIA runtime; it may still have the NVIDIA Container Toolkit, which cannot be seen from here. Starting tells.</source>
        <translation>The engine has no NVIDIA runtime; it may still have the NVIDIA Container Toolkit, which cannot be seen from here. Starting tells.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine cannot give containers GPUs: it has no NVIDIA runtime and the NVIDIA Container Toolkit is not installed. Install nvidia-container-toolkit and restart Docker.</source>
        <translation>The engine cannot give containers GPUs: it has no NVIDIA runtime and the NVIDIA Container Toolkit is not installed. Install nvidia-container-toolkit and restart Docker.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not ask the engine whether it can give GPUs: %1</source>
        <translation>Could not ask the engine whether it can give GPUs: %1</translation>
    </message>
</context>
<context>
    <name>berth::core::GpuInventory</name>
    <message>
        <location filename="../core/gpu/gpuinventory.cpp" line="+150"/>
        <source>nvidia-smi could not be started: %1</source>
        <translation>nvidia-smi could not be started: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>nvidia-smi did not answer within %n second(s).</source>
        <translation>
            <numerusform>nvidia-smi did not answer within %n second.</numerusform>
            <numerusform>nvidia-smi did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nvidia-smi printed more than %1 bytes; this is not its normal output.</source>
        <translation>nvidia-smi printed more than %1 bytes; this is not its normal output.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nvidia-smi crashed.</source>
        <translation>nvidia-smi crashed.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Looking for GPUs…</source>
        <translation>Looking for GPUs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nvidia-smi was not found on this computer, so its GPUs cannot be shown. Install the NVIDIA driver if this computer has an NVIDIA GPU.</source>
        <translation>nvidia-smi was not found on this computer, so its GPUs cannot be shown. Install the NVIDIA driver if this computer has an NVIDIA GPU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nvidia-smi failed (exit code %1): %2</source>
        <translation>nvidia-smi failed (exit code %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nvidia-smi failed: %1</source>
        <translation>nvidia-smi failed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nvidia-smi found no GPUs on this computer.</source>
        <translation>nvidia-smi found no GPUs on this computer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n GPU(s), driver %1</source>
        <translation>
            <numerusform>%n GPU, driver %1</numerusform>
            <numerusform>%n GPUs, driver %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>berth::core::GpuRequest</name>
    <message>
        <location filename="../core/gpu/gpurequest.cpp" line="+40"/>
        <source>--gpus needs a value: all, a number, or device=IDS</source>
        <translation>--gpus needs a value: all, a number, or device=IDS</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+9"/>
        <source>--gpus %1: %2 can be given only once</source>
        <translation>--gpus %1: %2 can be given only once</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+13"/>
        <source>GPU count must be a number (0 or more, -1 for all) or all: %1</source>
        <translation>GPU count must be a number (0 or more, -1 for all) or all: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>free= needs a positive number of GPUs: %1</source>
        <translation>free= needs a positive number of GPUs: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown GPU option &quot;%1&quot; in --gpus %2</source>
        <translation>Unknown GPU option &quot;%1&quot; in --gpus %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>device= needs at least one GPU index or UUID</source>
        <translation>device= needs at least one GPU index or UUID</translation>
    </message>
</context>
<context>
    <name>berth::core::HttpClient</name>
    <message>
        <location filename="../core/http/httpclient.cpp" line="+24"/>
        <source>The engine address %1 names no socket; write it with a path, for example unix:///var/run/docker.sock.</source>
        <translation>The engine address %1 names no socket; write it with a path, for example unix:///var/run/docker.sock.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engine addresses of the form %1:// are not supported here; use unix:// (for example unix:///var/run/docker.sock).</source>
        <translation>Engine addresses of the form %1:// are not supported here; use unix:// (for example unix:///var/run/docker.sock).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This build of Qt has no TLS support, so tcp:// engines with TLS cannot be reached.</source>
        <translation>This build of Qt has no TLS support, so tcp:// engines with TLS cannot be reached.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the CA certificate %1.</source>
        <translation>Cannot read the CA certificate %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the client certificate %1.</source>
        <translation>Cannot read the client certificate %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the client key %1: %2</source>
        <translation>Cannot read the client key %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The client key %1 is not a PEM private key without a passphrase.</source>
        <translation>The client key %1 is not a PEM private key without a passphrase.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>There is no engine socket at %1.</source>
        <translation>There is no engine socket at %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <source>Nothing is listening on %1.</source>
        <translation>Nothing is listening on %1.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Permission denied opening %1.</source>
        <translation>Permission denied opening %1.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The host name %1 is unknown.</source>
        <translation>The host name %1 is unknown.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The engine closed the connection without answering.</source>
        <translation>The engine closed the connection without answering.</translation>
    </message>
</context>
<context>
    <name>berth::core::HttpConnection</name>
    <message>
        <location filename="../core/http/httpconnection.cpp" line="+30"/>
        <source>The connection to the engine was closed.</source>
        <translation>The connection to the engine was closed.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The request contains characters HTTP does not allow.</source>
        <translation>The request contains characters HTTP does not allow.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+69"/>
        <source>The reply was larger than %1 MiB, the most Berth accepts.</source>
        <translation>The reply was larger than %1 MiB, the most Berth accepts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The engine did not answer within %1 seconds.</source>
        <translation>The engine did not answer within %1 seconds.</translation>
    </message>
</context>
<context>
    <name>berth::core::HttpReply</name>
    <message>
        <location filename="../core/http/httpreply.cpp" line="+24"/>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
</context>
<context>
    <name>berth::core::HttpResponseParser</name>
    <message>
        <location filename="../core/http/httpresponseparser.cpp" line="+174"/>
        <source>The engine sent conflicting Content-Length headers.</source>
        <translation>The engine sent conflicting Content-Length headers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>The engine sent an invalid Content-Length.</source>
        <translation>The engine sent an invalid Content-Length.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The engine&apos;s response headers are too large.</source>
        <translation>The engine&apos;s response headers are too large.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The engine sent a malformed status line.</source>
        <translation>The engine sent a malformed status line.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The engine sent a folded header line, which HTTP/1.1 forbids.</source>
        <translation>The engine sent a folded header line, which HTTP/1.1 forbids.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine sent a malformed header line.</source>
        <translation>The engine sent a malformed header line.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The engine sent a malformed trailer line.</source>
        <translation>The engine sent a malformed trailer line.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The engine sent an overlong chunk header.</source>
        <translation>The engine sent an overlong chunk header.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The engine sent an impossibly large chunk.</source>
        <translation>The engine sent an impossibly large chunk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>The engine sent a malformed chunk size.</source>
        <translation>The engine sent a malformed chunk size.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The engine sent chunk data longer than its declared size.</source>
        <translation>The engine sent chunk data longer than its declared size.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The engine closed the connection without answering.</source>
        <translation>The engine closed the connection without answering.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine closed the connection in the middle of a response.</source>
        <translation>The engine closed the connection in the middle of a response.</translation>
    </message>
</context>
<context>
    <name>berth::core::JsonStoreFile</name>
    <message>
        <location filename="../core/launch/jsonstorefile.cpp" line="+38"/>
        <source>&quot;%1&quot; has an unexpected type</source>
        <translation>&quot;%1&quot; has an unexpected type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of the expected entries</source>
        <translation>none of the expected entries</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was damaged (%2) and was kept as %3</source>
        <translation>%1 was damaged (%2) and was kept as %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged (%2) and could not be moved aside</source>
        <translation>%1 is damaged (%2) and could not be moved aside</translation>
    </message>
</context>
<context>
    <name>berth::core::LaunchConverter</name>
    <message>
        <location filename="../core/launch/launchconverter.cpp" line="+28"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>warning</translation>
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
        <translation>usage: berth convert [--to-cli [--multi-line]] [--cwd DIR] [--no-bash] [--no-labels] -- &apos;docker run …&apos;
  prints the Engine API create body ({&quot;name&quot;, &quot;body&quot;}) for the line, or with --to-cli Berth&apos;s canonical docker run line.
  --cwd DIR      the project folder $(pwd) stands for (default: the current directory)
  --no-bash      the image has no bash: wrap requirements installs in /bin/sh
  --no-labels    leave out Berth&apos;s own labels (io.github.berth.owner, io.github.berth.profile)
  A line of - (or none) is read from standard input.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>berth convert: unknown option %1</source>
        <translation>berth convert: unknown option %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>berth convert: no docker run line given</source>
        <translation>berth convert: no docker run line given</translation>
    </message>
</context>
<context>
    <name>berth::core::LaunchSession</name>
    <message>
        <location filename="../core/launch/launchsession.cpp" line="+319"/>
        <source>Berth cannot tell which GPUs are free here: name the GPUs instead of free=%1.</source>
        <translation>Berth cannot tell which GPUs are free here: name the GPUs instead of free=%1.</translation>
    </message>
</context>
<context>
    <name>berth::core::LaunchValidator</name>
    <message>
        <location filename="../core/launch/launchvalidator.cpp" line="+74"/>
        <source>Choose an image to run</source>
        <translation>Choose an image to run</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image names must be lower case: %1</source>
        <translation>Image names must be lower case: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a valid image name</source>
        <translation>&quot;%1&quot; is not a valid image name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation>&quot;%1&quot; is not a valid image tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid image digest</source>
        <translation>&quot;%1&quot; is not a valid image digest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; cannot be a container name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at least two characters</source>
        <translation>&quot;%1&quot; cannot be a container name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at least two characters</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The working directory must be an absolute path in the container, such as /src</source>
        <translation>The working directory must be an absolute path in the container, such as /src</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 to send does not exist on this computer</source>
        <translation>The folder %1 to send does not exist on this computer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project folder %1 does not exist on %2: send it there or create it first</source>
        <translation>The project folder %1 does not exist on %2: send it there or create it first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project folder %1 does not exist</source>
        <translation>The project folder %1 does not exist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The env file %1 must be given with its full path</source>
        <translation>The env file %1 must be given with its full path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The env file %1 does not exist</source>
        <translation>The env file %1 does not exist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A device must be an absolute path such as /dev/kfd</source>
        <translation>A device must be an absolute path such as /dev/kfd</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>&quot;%1&quot; cannot be a volume name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot; cannot be a volume name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Choose at least one GPU</source>
        <translation>Choose at least one GPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask for a number of GPUs or for specific GPUs, not both</source>
        <translation>Ask for a number of GPUs or for specific GPUs, not both</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of GPUs must be at least 1</source>
        <translation>The number of GPUs must be at least 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--gpus 0 asks for no GPUs (a count of 0), yet still needs the engine&apos;s NVIDIA runtime. For the first GPU, write --gpus device=0.</source>
        <translation>--gpus 0 asks for no GPUs (a count of 0), yet still needs the engine&apos;s NVIDIA runtime. For the first GPU, write --gpus device=0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IPC mode must be host, private, shareable, none or container:NAME</source>
        <translation>IPC mode must be host, private, shareable, none or container:NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared memory cannot be negative</source>
        <translation>Shared memory cannot be negative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the host network the container uses the host&apos;s ports directly; the published ports are ignored</source>
        <translation>With the host network the container uses the host&apos;s ports directly; the published ports are ignored</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 ports are published; Berth publishes at most %2 (each one costs the engine a proxy): publish fewer or smaller ranges</source>
        <translation>%1 ports are published; Berth publishes at most %2 (each one costs the engine a proxy): publish fewer or smaller ranges</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine has no runtime called %1; it knows %2</source>
        <translation>The engine has no runtime called %1; it knows %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Linux capability</source>
        <translation>%1 is not a Linux capability</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPUs are given as numbers and ranges such as 0-3 or 0,2</source>
        <translation>CPUs are given as numbers and ranges such as 0-3 or 0,2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DNS server %1 is not an IP address</source>
        <translation>The DNS server %1 is not an IP address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PID mode must be host or container:NAME</source>
        <translation>The PID mode must be host or container:NAME</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The container port must be a number from 0 to 65535 or a range such as 8000-8010</source>
        <translation>The container port must be a number from 0 to 65535 or a range such as 8000-8010</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The host port must be a number from 0 to 65535 or a range such as 8000-8010</source>
        <translation>The host port must be a number from 0 to 65535 or a range such as 8000-8010</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host and container port ranges must be the same length</source>
        <translation>The host and container port ranges must be the same length</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protocol must be tcp, udp or sctp</source>
        <translation>The protocol must be tcp, udp or sctp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An environment variable needs a name</source>
        <translation>An environment variable needs a name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A label needs a name</source>
        <translation>A label needs a name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number of CPUs cannot be negative</source>
        <translation>The number of CPUs cannot be negative</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The memory limit must be at least 6 MB</source>
        <translation>The memory limit must be at least 6 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory plus swap must be a size, or -1 for unlimited swap</source>
        <translation>Memory plus swap must be a size, or -1 for unlimited swap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a memory limit when limiting memory plus swap</source>
        <translation>Set a memory limit when limiting memory plus swap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory plus swap must be at least the memory limit</source>
        <translation>Memory plus swap must be at least the memory limit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a limit the engine knows</source>
        <translation>&quot;%1&quot; is not a limit the engine knows</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The soft limit of %1 is above its hard limit</source>
        <translation>The soft limit of %1 is above its hard limit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restart policy must be no, always, unless-stopped or on-failure</source>
        <translation>Restart policy must be no, always, unless-stopped or on-failure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A retry count only goes with the on-failure policy</source>
        <translation>A retry count only goes with the on-failure policy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The retry count cannot be negative</source>
        <translation>The retry count cannot be negative</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A container removed when it stops (--rm) cannot also be restarted: turn off one of them</source>
        <translation>A container removed when it stops (--rm) cannot also be restarted: turn off one of them</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installing requirements first needs the command to run afterwards, such as python train.py</source>
        <translation>Installing requirements first needs the command to run afterwards, such as python train.py</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the requirements file</source>
        <translation>Choose the requirements file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 in the project folder on %2</source>
        <translation>There is no %1 in the project folder on %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no %1 in the project folder</source>
        <translation>There is no %1 in the project folder</translation>
    </message>
</context>
<context>
    <name>berth::core::LocalCommand</name>
    <message>
        <location filename="../core/lab/servercommand.cpp" line="+36"/>
        <source>%1 is not installed here.</source>
        <translation>%1 is not installed here.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer within %1 s.</source>
        <translation>No answer within %1 s.</translation>
    </message>
</context>
<context>
    <name>berth::core::LogSession</name>
    <message>
        <location filename="../core/logs/logsession.cpp" line="+174"/>
        <location line="+136"/>
        <source>The container was started again.</source>
        <translation>The container was started again.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Reconnected to the engine.</source>
        <translation>Reconnected to the engine.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Lost the connection to the engine (%1). Reconnecting…</source>
        <translation>Lost the connection to the engine (%1). Reconnecting…</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+1"/>
        <source>The container was removed.</source>
        <translation>The container was removed.</translation>
    </message>
</context>
<context>
    <name>berth::core::LogStream</name>
    <message>
        <location filename="../core/engine/enginestreams.cpp" line="+59"/>
        <source>The engine sent a malformed log frame.</source>
        <translation>The engine sent a malformed log frame.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The log stream ended in the middle of a frame.</source>
        <translation>The log stream ended in the middle of a frame.</translation>
    </message>
</context>
<context>
    <name>berth::core::MountGrammar</name>
    <message>
        <location filename="../core/launch/mountgrammar.cpp" line="+45"/>
        <source>the volume is empty</source>
        <translation>the volume is empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an empty part between colons</source>
        <translation>an empty part between colons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many colons: a path with &apos;:&apos; cannot be written with -v, use --mount instead</source>
        <translation>too many colons: a path with &apos;:&apos; cannot be written with -v, use --mount instead</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown mount option &quot;%1&quot;</source>
        <translation>unknown mount option &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected comma-separated key=value fields</source>
        <translation>expected comma-separated key=value fields</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has an empty value</source>
        <translation>%1 has an empty value</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mounts of type %1 are not supported: use bind, volume or tmpfs</source>
        <translation>Mounts of type %1 are not supported: use bind, volume or tmpfs</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>%1 must be true or false</source>
        <translation>%1 must be true or false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tmpfs-size must be a size such as 64m</source>
        <translation>tmpfs-size must be a size such as 64m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tmpfs-mode must be an octal mode such as 1777</source>
        <translation>tmpfs-mode must be an octal mode such as 1777</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mount option %1 is not supported yet</source>
        <translation>The mount option %1 is not supported yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>options of another mount type used with type=%1</source>
        <translation>options of another mount type used with type=%1</translation>
    </message>
</context>
<context>
    <name>berth::core::OptionGrammar</name>
    <message>
        <location filename="../core/launch/optiongrammar.cpp" line="+127"/>
        <source>expected name=value fields</source>
        <translation>expected name=value fields</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not an IP address</source>
        <translation>%1 is not an IP address</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ports must be numbers from 0 to 65535, or ranges such as 8000-8010</source>
        <translation>ports must be numbers from 0 to 65535, or ranges such as 8000-8010</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>the protocol must be tcp, udp or sctp</source>
        <translation>the protocol must be tcp, udp or sctp</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expose takes container ports only, such as 8080 or 8000-8010/udp</source>
        <translation>expose takes container ports only, such as 8080 or 8000-8010/udp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a port or a range such as 8000-8010, from 0 to 65535</source>
        <translation>expected a port or a range such as 8000-8010, from 0 to 65535</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1 ports</source>
        <translation>more than %1 ports</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected NAME=SOFT[:HARD] with a limit such as memlock, nofile or stack</source>
        <translation>expected NAME=SOFT[:HARD] with a limit such as memlock, nofile or stack</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>limits must be whole numbers, -1 for unlimited</source>
        <translation>limits must be whole numbers, -1 for unlimited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the soft limit is above the hard limit</source>
        <translation>the soft limit is above the hard limit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected HOST:IP</source>
        <translation>expected HOST:IP</translation>
    </message>
</context>
<context>
    <name>berth::core::OwnerPolicy</name>
    <message>
        <location filename="../core/gpu/ownerpolicy.cpp" line="+86"/>
        <source>“%1” was not started with Berth, so its owner is unknown. It may be someone else’s run. Stop it anyway?</source>
        <translation>“%1” was not started with Berth, so its owner is unknown. It may be someone else’s run. Stop it anyway?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was not started with Berth, so its owner is unknown. It may be someone else’s run. Kill it anyway?</source>
        <translation>“%1” was not started with Berth, so its owner is unknown. It may be someone else’s run. Kill it anyway?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was not started with Berth, so its owner is unknown. It may be someone else’s. Remove it anyway?</source>
        <translation>“%1” was not started with Berth, so its owner is unknown. It may be someone else’s. Remove it anyway?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” belongs to %2. Stopping it ends their run. Stop it anyway?</source>
        <translation>“%1” belongs to %2. Stopping it ends their run. Stop it anyway?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” belongs to %2. Killing it ends their run at once. Kill it anyway?</source>
        <translation>“%1” belongs to %2. Killing it ends their run at once. Kill it anyway?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” belongs to %2. Removing it deletes their container and its output. Remove it anyway?</source>
        <translation>“%1” belongs to %2. Removing it deletes their container and its output. Remove it anyway?</translation>
    </message>
</context>
<context>
    <name>berth::core::PortOpener</name>
    <message>
        <location filename="../core/ports/portopener.cpp" line="+70"/>
        <source>The engine is gone.</source>
        <translation>The engine is gone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Port %1 is published on the engine&apos;s host only and cannot be reached from here.</source>
        <translation>Port %1 is published on the engine&apos;s host only and cannot be reached from here.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No free local port for a forward.</source>
        <translation>No free local port for a forward.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ssh forward to port %1 on the server failed: %2</source>
        <translation>The ssh forward to port %1 on the server failed: %2</translation>
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
        <translation>Blank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensorflow/tensorflow with all GPUs, the project folder at /src</source>
        <translation>tensorflow/tensorflow with all GPUs, the project folder at /src</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pytorch/pytorch with all GPUs, the project folder at /src and shared host IPC for data loaders</source>
        <translation>pytorch/pytorch with all GPUs, the project folder at /src and shared host IPC for data loaders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from nothing</source>
        <translation>Start from nothing</translation>
    </message>
</context>
<context>
    <name>berth::core::PresetStore</name>
    <message>
        <location filename="../core/launch/presetstore.cpp" line="+91"/>
        <source>Give the preset a name</source>
        <translation>Give the preset a name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The built-in preset %1 cannot be replaced</source>
        <translation>The built-in preset %1 cannot be replaced</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no preset of yours called %1</source>
        <translation>There is no preset of yours called %1</translation>
    </message>
</context>
<context>
    <name>berth::core::ProfileStore</name>
    <message>
        <location filename="../core/launch/profilestore.cpp" line="+199"/>
        <location line="+25"/>
        <source>Give the profile a name</source>
        <translation>Give the profile a name</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+30"/>
        <location line="+14"/>
        <source>There is no profile named %1</source>
        <translation>There is no profile named %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A profile named %1 already exists</source>
        <translation>A profile named %1 already exists</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
</context>
<context>
    <name>berth::core::ProjectSync</name>
    <message>
        <location filename="../core/lab/projectsync.cpp" line="+98"/>
        <source>No ssh session to this server.</source>
        <translation>No ssh session to this server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled before the copy started.</source>
        <translation>Cancelled before the copy started.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rsync could not be started (%1). Install rsync here and on the server.</source>
        <translation>rsync could not be started (%1). Install rsync here and on the server.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rsync stopped (exit code %1).</source>
        <translation>rsync stopped (exit code %1).</translation>
    </message>
</context>
<context>
    <name>berth::core::PullProgressModel</name>
    <message numerus="yes">
        <location filename="../core/registry/pullprogressmodel.cpp" line="+147"/>
        <source>Pulled (%n layer(s))</source>
        <translation>
            <numerusform>Pulled (%n layer)</numerusform>
            <numerusform>Pulled (%n layers)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n layer(s)</source>
        <translation>
            <numerusform>%1 of %n layer</numerusform>
            <numerusform>%1 of %n layers</numerusform>
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
        <translation>%1 min left</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::core::PullStream</name>
    <message>
        <location filename="../core/engine/enginestreams.cpp" line="+23"/>
        <source>The engine sent malformed pull progress.</source>
        <translation>The engine sent malformed pull progress.</translation>
    </message>
</context>
<context>
    <name>berth::core::ServerFolders</name>
    <message>
        <location filename="../core/launch/serverfolders.cpp" line="+35"/>
        <source>The server gave no folder listing.</source>
        <translation>The server gave no folder listing.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Only an ssh:// server&apos;s folders can be looked at.</source>
        <translation>Only an ssh:// server&apos;s folders can be looked at.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder cannot be read.</source>
        <translation>The folder cannot be read.</translation>
    </message>
</context>
<context>
    <name>berth::core::ServerProbe</name>
    <message>
        <location filename="../core/lab/serverprobe.cpp" line="+32"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>No answer from %1 within %2 s.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No engine address.</source>
        <translation>No engine address.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>nvidia-smi gave no answer in time.</source>
        <translation>nvidia-smi gave no answer in time.</translation>
    </message>
</context>
<context>
    <name>berth::core::Settings</name>
    <message>
        <location filename="../core/settings/settings.cpp" line="+131"/>
        <source>The settings file %1 is damaged and could not be copied aside (%2); settings you change will replace it.</source>
        <translation>The settings file %1 is damaged and could not be copied aside (%2); settings you change will replace it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 was damaged; a copy was kept as %2. Settings that could not be read are back to their defaults.</source>
        <translation>The settings file %1 was damaged; a copy was kept as %2. Settings that could not be read are back to their defaults.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Settings could not be saved: the folder %1 cannot be written.</source>
        <translation>Settings could not be saved: the folder %1 cannot be written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings could not be saved to %1 (is the disk full?). The previous settings were kept; your change lasts until Berth closes.</source>
        <translation>Settings could not be saved to %1 (is the disk full?). The previous settings were kept; your change lasts until Berth closes.</translation>
    </message>
</context>
<context>
    <name>berth::core::ShellWords</name>
    <message>
        <location filename="../core/launch/shellwords.cpp" line="+163"/>
        <location line="+12"/>
        <source>&quot;%1&quot; is a placeholder: replace it with a real value</source>
        <translation>&quot;%1&quot; is a placeholder: replace it with a real value</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The %1 that starts at character %2 is never closed</source>
        <translation>The %1 that starts at character %2 is never closed</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Berth does not run commands inside the line: replace %1 with its value</source>
        <translation>Berth does not run commands inside the line: replace %1 with its value</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>$%1 is not set: it was left empty, as the shell would</source>
        <translation>$%1 is not set: it was left empty, as the shell would</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 only has a value inside a script: replace it with the value you mean</source>
        <translation>%1 only has a value inside a script: replace it with the value you mean</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&quot;%1&quot; is shell syntax that Berth cannot run: launch one docker run command, without pipes, redirections or command lists</source>
        <translation>&quot;%1&quot; is shell syntax that Berth cannot run: launch one docker run command, without pipes, redirections or command lists</translation>
    </message>
</context>
<context>
    <name>berth::core::SshCommand</name>
    <message>
        <location filename="../core/lab/sshcommand.cpp" line="+38"/>
        <source>No ssh session to this server.</source>
        <translation>No ssh session to this server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer within %1 s.</source>
        <translation>No answer within %1 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ssh failed.</source>
        <translation>ssh failed.</translation>
    </message>
</context>
<context>
    <name>berth::core::SshSession</name>
    <message>
        <location filename="../core/http/sshsession.cpp" line="+244"/>
        <source>Cannot run %1: %2</source>
        <translation>Cannot run %1: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The server sent more than %1 MiB in answer to one command; Berth stopped reading.</source>
        <translation>The server sent more than %1 MiB in answer to one command; Berth stopped reading.</translation>
    </message>
</context>
<context>
    <name>berth::core::StatsStream</name>
    <message>
        <location filename="../core/engine/enginestreams.cpp" line="-80"/>
        <source>The engine sent malformed statistics.</source>
        <translation>The engine sent malformed statistics.</translation>
    </message>
</context>
<context>
    <name>berth::core::StoreFile</name>
    <message>
        <location filename="../core/settings/storefile.cpp" line="+37"/>
        <source>Cannot write %1: the folder %2 cannot be created.</source>
        <translation>Cannot write %1: the folder %2 cannot be created.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Cannot write %1: %2. The previous version was kept.</source>
        <translation>Cannot write %1: %2. The previous version was kept.</translation>
    </message>
</context>
<context>
    <name>berth::core::SystemTerminal</name>
    <message>
        <location filename="../core/terminal/systemterminal.cpp" line="+66"/>
        <source>The terminal command in the settings is empty or malformed: %1</source>
        <translation>The terminal command in the settings is empty or malformed: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The terminal program &quot;%1&quot; from the settings was not found.</source>
        <translation>The terminal program &quot;%1&quot; from the settings was not found.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No terminal program was found (tried %1). Install one, or set the terminal command in the settings.</source>
        <translation>No terminal program was found (tried %1). Install one, or set the terminal command in the settings.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not start the terminal program %1.</source>
        <translation>Could not start the terminal program %1.</translation>
    </message>
</context>
<context>
    <name>berth::core::TagFacts</name>
    <message>
        <location filename="../core/registry/tagfacts.cpp" line="+215"/>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devel</source>
        <translation>Devel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>Base</translation>
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
        <translation>CUDA image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU only</source>
        <translation>CPU only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA %1 (TensorFlow&apos;s tested build)</source>
        <translation>CUDA %1 (TensorFlow&apos;s tested build)</translation>
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
        <translation>The engine sent a malformed output stream.</translation>
    </message>
</context>
<context>
    <name>berth::ui::AdvancedOptions</name>
    <message>
        <location filename="../ui/launch/advancedoptions.cpp" line="+251"/>
        <source>Choose an env file</source>
        <translation>Choose an env file</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>&quot;%1&quot; is not a size: write a number with a unit, such as 8g, 512m or 64k</source>
        <translation>&quot;%1&quot; is not a size: write a number with a unit, such as 8g, 512m or 64k</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a number of CPUs: write it like 4 or 1.5</source>
        <translation>&quot;%1&quot; is not a number of CPUs: write it like 4 or 1.5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: &quot;%2&quot; is not a limit such as memlock=-1 or nofile=1024:2048</source>
        <translation>Line %1: &quot;%2&quot; is not a limit such as memlock=-1 or nofile=1024:2048</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: &quot;%2&quot; is not a port mapping such as 8888:8888 or 127.0.0.1:6006:6006</source>
        <translation>Line %1: &quot;%2&quot; is not a port mapping such as 8888:8888 or 127.0.0.1:6006:6006</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by Docker</source>
        <translation>chosen by Docker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working directory:</source>
        <translation>&amp;Working directory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s, e.g. /src</source>
        <translation>the image&apos;s, e.g. /src</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Entrypoint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty clears the image&apos;s entrypoint</source>
        <translation>empty clears the image&apos;s entrypoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uid[:gid] or name</source>
        <translation>uid[:gid] or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as me</source>
        <translation>Run as me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run with your own user and group ids, so files written into mounted folders belong to you instead of root</source>
        <translation>Run with your own user and group ids, so files written into mounted folders belong to you instead of root</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hostname:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;gest:</source>
        <translation>Di&amp;gest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sha256:…, pins the exact image</source>
        <translation>sha256:…, pins the exact image</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Remove the container when it stops (--rm)</source>
        <translation>Remove the container when it stops (--rm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep standard input open (-i)</source>
        <translation>Keep standard input open (-i)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocate a terminal (-t)</source>
        <translation>Allocate a terminal (-t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run in the background (-d)</source>
        <translation>Run in the background (-d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a container that fails to start</source>
        <translation>Keep a container that fails to start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normally a container that was created but could not start is removed again, so nothing is left half-way</source>
        <translation>Normally a container that was created but could not start is removed again, so nothing is left half-way</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart:</source>
        <translation>&amp;Restart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (no)</source>
        <translation>Default (no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries:</source>
        <translation>Retries:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Variables:</source>
        <translation>&amp;Variables:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=value, one per line; a KEY alone passes your own value</source>
        <translation>KEY=value, one per line; a KEY alone passes your own value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Env &amp;files:</source>
        <translation>Env &amp;files:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one file per line</source>
        <translation>one file per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value, one per line</source>
        <translation>key=value, one per line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IPC:</source>
        <translation>&amp;IPC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default (host helps PyTorch data loaders)</source>
        <translation>default (host helps PyTorch data loaders)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared memory:</source>
        <translation>&amp;Shared memory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64m by default, e.g. 8g</source>
        <translation>64m by default, e.g. 8g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all, e.g. 4 or 1.5</source>
        <translation>all, e.g. 4 or 1.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU s&amp;et:</source>
        <translation>CPU s&amp;et:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0-3</source>
        <translation>e.g. 0-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Memory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit, e.g. 32g</source>
        <translation>no limit, e.g. 32g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory + s&amp;wap:</source>
        <translation>Memory + s&amp;wap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-1 for unlimited swap</source>
        <translation>-1 for unlimited swap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulimits:</source>
        <translation>&amp;Ulimits:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. memlock=-1, one per line</source>
        <translation>e.g. memlock=-1, one per line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net&amp;work:</source>
        <translation>Net&amp;work:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:container, one per line, e.g. 8888:8888</source>
        <translation>host:container, one per line, e.g. 8888:8888</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpose:</source>
        <translation>E&amp;xpose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container ports, one per line</source>
        <translation>container ports, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra &amp;hosts:</source>
        <translation>Extra &amp;hosts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:ip, one per line</source>
        <translation>host:ip, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS servers:</source>
        <translation>&amp;DNS servers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per line</source>
        <translation>one per line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privileged (full access to the host&apos;s devices)</source>
        <translation>Privileged (full access to the host&apos;s devices)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run an init process (--init)</source>
        <translation>Run an init process (--init)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only root file system</source>
        <translation>Read-only root file system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;untime:</source>
        <translation>R&amp;untime:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default, e.g. nvidia</source>
        <translation>default, e.g. nvidia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PID namespace:</source>
        <translation>&amp;PID namespace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default, e.g. host</source>
        <translation>default, e.g. host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;vices:</source>
        <translation>De&amp;vices:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. /dev/kfd, one per line</source>
        <translation>e.g. /dev/kfd, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add capabilities:</source>
        <translation>Add capabilities:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop capabilities:</source>
        <translation>Drop capabilities:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security options:</source>
        <translation>Security options:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. seccomp=unconfined</source>
        <translation>e.g. seccomp=unconfined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra groups:</source>
        <translation>Extra groups:</translation>
    </message>
</context>
<context>
    <name>berth::ui::Askpass</name>
    <message>
        <location filename="../ui/remote/askpass.cpp" line="+37"/>
        <source>Berth: ssh to %1</source>
        <translation>Berth: ssh to %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;&lt;b&gt;Berth has never connected to %1 before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its host key fingerprint is:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Connect only if this is the fingerprint your server administrator gave you. Berth will remember it, and refuse to connect if it ever changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Berth has never connected to %1 before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its host key fingerprint is:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Connect only if this is the fingerprint your server administrator gave you. Berth will remember it, and refuse to connect if it ever changes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trust and connect</source>
        <translation>Trust and connect</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ssh asks for a password or key passphrase to reach %1:</source>
        <translation>ssh asks for a password or key passphrase to reach %1:</translation>
    </message>
</context>
<context>
    <name>berth::ui::CommandPreview</name>
    <message>
        <location filename="../ui/launch/commandpreview.cpp" line="+88"/>
        <location line="+41"/>
        <location line="+2"/>
        <source>Copied ✓</source>
        <translation>Copied ✓</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+15"/>
        <source>Not a whole command yet: %1</source>
        <translation>Not a whole command yet: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Equivalent docker run command</source>
        <translation>Equivalent docker run command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One option per line</source>
        <translation>One option per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the command over several lines joined with \</source>
        <translation>Write the command over several lines joined with \</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>berth::ui::ContainerStatusText</name>
    <message>
        <location filename="../ui/main/containerstatustext.cpp" line="+11"/>
        <location line="+30"/>
        <source>less than a second</source>
        <translation>less than a second</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+33"/>
        <source>about a minute</source>
        <translation>about a minute</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+36"/>
        <source>about an hour</source>
        <translation>about an hour</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <location line="+20"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <location line="+23"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <location line="+26"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+26"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+26"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+26"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <location line="+26"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+36"/>
        <source>Created</source>
        <comment>container status</comment>
        <translation>Created</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Dead</source>
        <comment>container status</comment>
        <translation>Dead</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Being removed</source>
        <translation>Being removed</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+41"/>
        <source>Up %1, paused</source>
        <translation>Up %1, paused</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Up %1, healthy</source>
        <translation>Up %1, healthy</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Up %1, unhealthy</source>
        <translation>Up %1, unhealthy</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Up %1, health check starting</source>
        <translation>Up %1, health check starting</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Up %1</source>
        <translation>Up %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+40"/>
        <source>Exited (%1) %2 ago</source>
        <translation>Exited (%1) %2 ago</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+43"/>
        <source>Restarting (%1) %2 ago</source>
        <translation>Restarting (%1) %2 ago</translation>
    </message>
</context>
<context>
    <name>berth::ui::ContainerTableModel</name>
    <message>
        <location filename="../ui/main/containertablemodel.cpp" line="+279"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>container state</comment>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarting</source>
        <translation>Restarting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing</source>
        <translation>Removing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Stopping… killed in %n second(s) unless it exits</source>
        <translation>
            <numerusform>Stopping… killed in %n second unless it exits</numerusform>
            <numerusform>Stopping… killed in %n seconds unless it exits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping… killing it now</source>
        <translation>Stopping… killing it now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Killed (137) %1 ago: the stop timed out</source>
        <translation>Killed (137) %1 ago: the stop timed out</translation>
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
Command: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not launched by Berth, so its owner is unknown.</source>
        <translation>Not launched by Berth, so its owner is unknown.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It did not exit within the %n-second stop timeout, so the engine killed it (SIGKILL).</source>
        <translation>
            <numerusform>It did not exit within the %n-second stop timeout, so the engine killed it (SIGKILL).</numerusform>
            <numerusform>It did not exit within the %n-second stop timeout, so the engine killed it (SIGKILL).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit code 137 means the process was killed (SIGKILL): by a stop that timed out, by docker kill, or by the kernel when the container ran out of memory.</source>
        <translation>Exit code 137 means the process was killed (SIGKILL): by a stop that timed out, by docker kill, or by the kernel when the container ran out of memory.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column: when the container was created</comment>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <comment>column: the server (docker context) a container runs on</comment>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>berth::ui::ContainersPage</name>
    <message>
        <location filename="../ui/main/containerspage.cpp" line="+540"/>
        <source>Someone else&apos;s container</source>
        <translation>Someone else&apos;s container</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owners come from the io.github.berth.owner label (berth.owner on containers from older versions). Anyone who can use the Docker socket can set or change it, so treat owners as advice, not as protection.</source>
        <translation>Owners come from the io.github.berth.owner label (berth.owner on containers from older versions). Anyone who can use the Docker socket can set or change it, so treat owners as advice, not as protection.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not start %1.</source>
        <translation>Could not start %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not stop %1.</source>
        <translation>Could not stop %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove running container</source>
        <translation>Remove running container</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not remove %1.</source>
        <translation>Could not remove %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by name, image or status</source>
        <translation>Filter by name, image or status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s containers</source>
        <translation>Everyone&apos;s containers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My containers</source>
        <translation>My containers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>%1 (not reachable)</source>
        <comment>server filter: a server that does not answer</comment>
        <translation>%1 (not reachable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server (%1)</source>
        <translation>This server (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All servers</source>
        <translation>All servers</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting for %1…</source>
        <translation>Waiting for %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not reachable: %2 Its containers are not listed; Berth keeps trying.</source>
        <translation>%1 is not reachable: %2 Its containers are not listed; Berth keeps trying.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No container matches what is chosen above.</source>
        <translation>No container matches what is chosen above.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No containers yet. Containers you launch, and everyone else&apos;s on this engine, are listed here.</source>
        <translation>No containers yet. Containers you launch, and everyone else&apos;s on this engine, are listed here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch one…</source>
        <translation>Launch one…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>On %1.</source>
        <comment>action tooltip: the server an action goes to</comment>
        <translation>On %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port %1 (container port %2)</source>
        <translation>Port %1 (container port %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No browser could be started. Open this address yourself: %1</source>
        <translation>No browser could be started. Open this address yourself: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open the port.</source>
        <translation>Could not open the port.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“%1” is still running. Removing it stops the run and deletes the container.</source>
        <translation>“%1” is still running. Removing it stops the run and deletes the container.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “%1”?</source>
        <translation>Remove “%1”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its output, open in a log tab, is deleted with it: save the log first if you need it.</source>
        <translation>Its output, open in a log tab, is deleted with it: save the log first if you need it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove container</source>
        <translation>Remove container</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop and Remove</source>
        <translation>Stop and Remove</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s server alone, or every server&apos;s containers at once (each docker context and the default engine), followed live</source>
        <translation>The window&apos;s server alone, or every server&apos;s containers at once (each docker context and the default engine), followed live</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open shell</source>
        <translation>Open shell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a published port in the browser (Jupyter&apos;s login token is filled in when its output shows one)</source>
        <translation>Open a published port in the browser (Jupyter&apos;s login token is filled in when its output shows one)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the selected container</source>
        <translation>Start the selected container</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stop the selected container (SIGTERM, then SIGKILL after %n second(s))</source>
        <translation>
            <numerusform>Stop the selected container (SIGTERM, then SIGKILL after %n second)</numerusform>
            <numerusform>Stop the selected container (SIGTERM, then SIGKILL after %n seconds)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected container</source>
        <translation>Remove the selected container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the container&apos;s output</source>
        <translation>Show the container&apos;s output</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an interactive shell in the running container</source>
        <translation>Open an interactive shell in the running container</translation>
    </message>
</context>
<context>
    <name>berth::ui::DiskChart</name>
    <message>
        <location filename="../ui/disk/diskchart.cpp" line="+39"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build cache</source>
        <translation>Build cache</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n item(s), %2 in use · %3 reclaimable</source>
        <translation>
            <numerusform>%1 · %n item, %2 in use · %3 reclaimable</numerusform>
            <numerusform>%1 · %n items, %2 in use · %3 reclaimable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::DiskPage</name>
    <message>
        <location filename="../ui/disk/diskpage.cpp" line="+179"/>
        <source>Could not read disk usage.</source>
        <translation>Could not read disk usage.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> · reading disk usage…</source>
        <translation> · reading disk usage…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n image(s), updated %1</source>
        <translation>
            <numerusform> · %n image, updated %1</numerusform>
            <numerusform> · %n images, updated %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing to remove: %1</source>
        <translation>Nothing to remove: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removing… %1 of %2</source>
        <translation>Removing… %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Removed %n item(s), freeing at least %1.</source>
        <translation>
            <numerusform>Removed %n item, freeing at least %1.</numerusform>
            <numerusform>Removed %n items, freeing at least %1.</numerusform>
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
            <numerusform>%n item could not be removed (in use again, or changed since).</numerusform>
            <numerusform>%n items could not be removed (in use again, or changed since).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag, ID or container</source>
        <translation>Filter by tag, ID or container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space:</source>
        <translation>Free space:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove untagged images…</source>
        <translation>Remove untagged images…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove unused images older than</source>
        <translation>Remove unused images older than</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove stopped containers…</source>
        <translation>Remove stopped containers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untagged images that no container uses. You see the list before anything goes.</source>
        <translation>Untagged images that no container uses. You see the list before anything goes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images no container uses (running or stopped) created more than the given days ago. You see the list before anything goes.</source>
        <translation>Images no container uses (running or stopped) created more than the given days ago. You see the list before anything goes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exited and created containers. You see the list before anything goes.</source>
        <translation>Exited and created containers. You see the list before anything goes.</translation>
    </message>
</context>
<context>
    <name>berth::ui::EngineStatusWidget</name>
    <message>
        <location filename="../ui/main/enginestatuswidget.cpp" line="+47"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
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
        <translation>NOT ENCRYPTED: anyone who reaches this port controls the engine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>berth::ui::ErrorText</name>
    <message>
        <location filename="../ui/common/errortext.cpp" line="+19"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Docker engine</source>
        <translation>the Docker engine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the Docker engine at %1.</source>
        <translation>Cannot reach the Docker engine at %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Docker is running (for example: sudo systemctl start docker) and that DOCKER_HOST or the engine address in Settings is right.</source>
        <translation>Check that Docker is running (for example: sudo systemctl start docker) and that DOCKER_HOST or the engine address in Settings is right.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permission denied on the Docker socket %1.</source>
        <translation>Permission denied on the Docker socket %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user may not use Docker yet. Ask an administrator to add you to the docker group (sudo usermod -aG docker $USER), then log out and in again.</source>
        <translation>Your user may not use Docker yet. Ask an administrator to add you to the docker group (sudo usermod -aG docker $USER), then log out and in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This Docker engine&apos;s API version is not supported.</source>
        <translation>This Docker engine&apos;s API version is not supported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berth needs Docker Engine 19.03 (API 1.40) or newer. Upgrade Docker, or unset DOCKER_API_VERSION if it pins an old version.</source>
        <translation>Berth needs Docker Engine 19.03 (API 1.40) or newer. Upgrade Docker, or unset DOCKER_API_VERSION if it pins an old version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image is not on this engine. Pull it first.</source>
        <translation>The image is not on this engine. Pull it first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have been removed in the meantime. Refresh and try again.</source>
        <translation>It may have been removed in the meantime. Refresh and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine refused because of a conflict.</source>
        <translation>The engine refused because of a conflict.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That container name is already taken. Choose another name, or remove the old container.</source>
        <translation>That container name is already taken. Choose another name, or remove the old container.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container is not running.</source>
        <translation>The container is not running.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The volume is used by a container. Remove that container first.</source>
        <translation>The volume is used by a container. Remove that container first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the container first, or refresh and try again.</source>
        <translation>Stop the container first, or refresh and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine rejected the request as invalid.</source>
        <translation>The engine rejected the request as invalid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the launch settings named in the details.</source>
        <translation>Check the launch settings named in the details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access was denied.</source>
        <translation>Access was denied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to the registry (docker login) or check that the image name is right.</source>
        <translation>Log in to the registry (docker login) or check that the image name is right.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This engine cannot give containers GPUs.</source>
        <translation>This engine cannot give containers GPUs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NVIDIA container runtime is installed for this Docker engine. Install the NVIDIA Container Toolkit and restart Docker, or launch without GPUs.</source>
        <translation>No NVIDIA container runtime is installed for this Docker engine. Install the NVIDIA Container Toolkit and restart Docker, or launch without GPUs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine reported an error.</source>
        <translation>The Docker engine reported an error.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker engine sent an answer Berth cannot read.</source>
        <translation>The Docker engine sent an answer Berth cannot read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the engine address points to a Docker engine.</source>
        <translation>Check that the engine address points to a Docker engine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker engine did not answer in time.</source>
        <translation>The Docker engine did not answer in time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine may be busy or stuck. Try again in a moment.</source>
        <translation>The engine may be busy or stuck. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>This engine address is not supported.</source>
        <translation>This engine address is not supported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://[USER@]HOST[:PORT].</source>
        <translation>Use unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://[USER@]HOST[:PORT].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed.</source>
        <translation>The secure connection to %1 failed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not signed by the CA Berth was given, or has expired, or is for another name. Check the CA file (ca.pem) of this server in Servers, or DOCKER_CERT_PATH.</source>
        <translation>The server&apos;s certificate is not signed by the CA Berth was given, or has expired, or is for another name. Check the CA file (ca.pem) of this server in Servers, or DOCKER_CERT_PATH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine at %1 did not accept Berth&apos;s client certificate.</source>
        <translation>The engine at %1 did not accept Berth&apos;s client certificate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This engine only lets in clients with a certificate signed by its CA. Add the client certificate and key (cert.pem, key.pem) for this server in Servers, or in DOCKER_CERT_PATH.</source>
        <translation>This engine only lets in clients with a certificate signed by its CA. Add the client certificate and key (cert.pem, key.pem) for this server in Servers, or in DOCKER_CERT_PATH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 refused the ssh login.</source>
        <translation>The server %1 refused the ssh login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your keys (or the password) was accepted. Check the user name, that your key is in the server&apos;s ~/.ssh/authorized_keys, and that `ssh %1` works in a terminal.</source>
        <translation>None of your keys (or the password) was accepted. Check the user name, that your key is in the server&apos;s ~/.ssh/authorized_keys, and that `ssh %1` works in a terminal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 is not known yet, and its host key was not accepted.</source>
        <translation>The server %1 is not known yet, and its host key was not accepted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the fingerprint with the one your administrator gave you, then connect again and accept it (or run ssh once in a terminal to add it to known_hosts).</source>
        <translation>Compare the fingerprint with the one your administrator gave you, then connect again and accept it (or run ssh once in a terminal to add it to known_hosts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host key of %1 has CHANGED. Berth refused to connect.</source>
        <translation>The host key of %1 has CHANGED. Berth refused to connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone may be intercepting the connection, or the server was reinstalled. Ask the server&apos;s administrator. Only if they confirm a new key, remove the old one with ssh-keygen -R HOST.</source>
        <translation>Someone may be intercepting the connection, or the server was reinstalled. Ask the server&apos;s administrator. Only if they confirm a new key, remove the old one with ssh-keygen -R HOST.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ssh connection to %1 failed.</source>
        <translation>The ssh connection to %1 failed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that `ssh` works for this server in a terminal; ssh&apos;s own words are below.</source>
        <translation>Check that `ssh` works for this server in a terminal; ssh&apos;s own words are below.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 has no docker command.</source>
        <translation>The server %1 has no docker command.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berth reached the server over ssh, but `docker` is not installed there or not on the PATH of non-interactive ssh sessions. Install Docker (18.09 or newer) on the server.</source>
        <translation>Berth reached the server over ssh, but `docker` is not installed there or not on the PATH of non-interactive ssh sessions. Install Docker (18.09 or newer) on the server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine sent a reply larger than Berth accepts.</source>
        <translation>The Docker engine sent a reply larger than Berth accepts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the engine address points to a Docker engine, or raise the reply size limit (network/maxReplyMiB in berth.ini).</source>
        <translation>Check that the engine address points to a Docker engine, or raise the reply size limit (network/maxReplyMiB in berth.ini).</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The %n tag(s) received so far are shown.</source>
        <translation>
            <numerusform>The tag received so far is shown.</numerusform>
            <numerusform>The %n tags received so far are shown.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not reach the registry (%1). Check the network connection; cached tags are shown if there are any.</source>
        <translation>Could not reach the registry (%1). Check the network connection; cached tags are shown if there are any.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not answer in time, even after several tries. Try again later.</source>
        <translation>The registry did not answer in time, even after several tries. Try again later.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker Hub&apos;s rate limit was reached. It allows more requests at %1; try again then.</source>
        <translation>Docker Hub&apos;s rate limit was reached. It allows more requests at %1; try again then.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker Hub&apos;s rate limit was reached. Wait a while and try again, or sign in with `docker login` for a higher limit.</source>
        <translation>Docker Hub&apos;s rate limit was reached. Wait a while and try again, or sign in with `docker login` for a higher limit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused access to this repository. Sign in with `docker login` (Berth uses the same credentials), or check the repository name.</source>
        <translation>The registry refused access to this repository. Sign in with `docker login` (Berth uses the same credentials), or check the repository name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No such repository. Check the name (for example tensorflow/tensorflow or registry.example.com/team/image).</source>
        <translation>No such repository. Check the name (for example tensorflow/tensorflow or registry.example.com/team/image).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry had an internal error (HTTP %1), even after several tries. Try again later.</source>
        <translation>The registry had an internal error (HTTP %1), even after several tries. Try again later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry sent a reply Berth could not read (%1). The tags received so far are shown.</source>
        <translation>The registry sent a reply Berth could not read (%1). The tags received so far are shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry sent a reply Berth could not read (%1).</source>
        <translation>The registry sent a reply Berth could not read (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a repository name. Use the form namespace/repository or registry.example.com/namespace/repository.</source>
        <translation>&quot;%1&quot; is not a repository name. Use the form namespace/repository or registry.example.com/namespace/repository.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sent more than %2 after decompression</source>
        <translation>%1 sent more than %2 after decompression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent more than %2</source>
        <translation>%1 sent more than %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry sent a reply larger than Berth accepts (%1). If the repository really is that large, raise network/maxReplyMiB in berth.ini.</source>
        <translation>The registry sent a reply larger than Berth accepts (%1). If the repository really is that large, raise network/maxReplyMiB in berth.ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry kept sending more pages (%1); Berth stopped there.</source>
        <translation>The registry kept sending more pages (%1); Berth stopped there.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry redirected Berth too often (%1), probably in a loop. Check the registry address.</source>
        <translation>The registry redirected Berth too often (%1), probably in a loop. Check the registry address.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n redirect(s), the last to %1</source>
        <translation>
            <numerusform>%n redirect, the last to %1</numerusform>
            <numerusform>%n redirects, the last to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry pointed Berth to another server (%1). Berth does not follow it, so your credentials stay with the registry that asked for them.</source>
        <translation>The registry pointed Berth to another server (%1). Berth does not follow it, so your credentials stay with the registry that asked for them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a next page at %1 for a listing from %2</source>
        <translation>a next page at %1 for a listing from %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a redirect from %1 to %2</source>
        <translation>a redirect from %1 to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry asked for credentials to be sent over plain HTTP to %1. Berth refused. If this registry really has no TLS, add it to registry/insecure in berth.ini.</source>
        <translation>The registry asked for credentials to be sent over plain HTTP to %1. Berth refused. If this registry really has no TLS, add it to registry/insecure in berth.ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry sent its reply too slowly (%1); Berth gave up. Try again later.</source>
        <translation>The registry sent its reply too slowly (%1); Berth gave up. Try again later.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 had not finished one reply after %n second(s)</source>
        <translation>
            <numerusform>%1 had not finished one reply after %n second</numerusform>
            <numerusform>%1 had not finished one reply after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::GpuCard</name>
    <message>
        <location filename="../ui/gpu/gpucard.cpp" line="+117"/>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No container holds this GPU, but it is in use: by a program outside containers, or by another engine on this computer.</source>
        <translation>No container holds this GPU, but it is in use: by a program outside containers, or by another engine on this computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No container holds this GPU.</source>
        <translation>No container holds this GPU.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle %1</source>
        <translation>Idle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held but at 0 % utilisation for %1. Nothing is stopped automatically; you may ask the owner to release it.</source>
        <translation>Held but at 0 % utilisation for %1. Nothing is stopped automatically; you may ask the owner to release it.</translation>
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
        <translation>memory unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 MiB used</source>
        <translation>%1 MiB used</translation>
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
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>owner unknown</source>
        <translation>owner unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved: created, not started</source>
        <translation>reserved: created, not started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restarting</source>
        <translation>restarting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you · %1</source>
        <translation>you · %1</translation>
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
        <translation>The engine runs on %1, but nvidia-smi runs on this computer: the GPUs shown here are this computer&apos;s, not the engine host&apos;s.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::GpuPanel</name>
    <message>
        <location filename="../ui/gpu/gpupanel.cpp" line="+141"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> · updated %1</source>
        <translation> · updated %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nvidia-smi was not found on this computer, so its GPUs cannot be shown. If this computer has an NVIDIA GPU, install the NVIDIA driver.</source>
        <translation>nvidia-smi was not found on this computer, so its GPUs cannot be shown. If this computer has an NVIDIA GPU, install the NVIDIA driver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nvidia-smi failed (exit code %1): %2</source>
        <translation>nvidia-smi failed (exit code %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nvidia-smi failed: %1</source>
        <translation>nvidia-smi failed: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read which containers use GPUs: %1</source>
        <translation>Could not read which containers use GPUs: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 asked for %n GPU(s) without naming them; which ones is not shown (Docker&apos;s NVIDIA driver gives such a request the first %n: GPU 0 and up).</source>
        <translation>
            <numerusform>%1 asked for %n GPU without naming it; which one is not shown (Docker&apos;s NVIDIA driver gives such a request the first %n: GPU 0).</numerusform>
            <numerusform>%1 asked for %n GPUs without naming them; which ones is not shown (Docker&apos;s NVIDIA driver gives such a request the first %n: GPU 0 and up).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GPUs requested that this computer does not have: %1</source>
        <translation>GPUs requested that this computer does not have: %1</translation>
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
        <translation>Tick at least one GPU, or choose another GPU option.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GPU %1 (busy outside containers)</source>
        <translation>GPU %1 (busy outside containers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU %1 (%2)</source>
        <translation>GPU %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chosen GPUs are in use: %1. Sharing a GPU slows both runs, and either can run out of GPU memory.</source>
        <translation>The chosen GPUs are in use: %1. Sharing a GPU slows both runs, and either can run out of GPU memory.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n GPU(s) requested by number</source>
        <translation>
            <numerusform>%n GPU requested by number</numerusform>
            <numerusform>%n GPUs requested by number</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All GPUs includes GPUs in use: %1. Sharing a GPU slows both runs, and either can run out of GPU memory.</source>
        <translation>All GPUs includes GPUs in use: %1. Sharing a GPU slows both runs, and either can run out of GPU memory.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Docker gives a number of GPUs as GPUs 0 to %1, whether or not they are free, and some are in use: %2. Choose specific GPUs to use free ones.</source>
        <translation>Docker gives a number of GPUs as GPUs 0 to %1, whether or not they are free, and some are in use: %2. Choose specific GPUs to use free ones.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Share GPUs?</source>
        <translation>Share GPUs?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run on these GPUs anyway?</source>
        <translation>Run on these GPUs anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run anyway</source>
        <translation>Run anyway</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No GPU</source>
        <translation>No GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All GPUs</source>
        <translation>All GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number of GPUs</source>
        <translation>A number of GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific GPUs</source>
        <translation>Specific GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number of free GPUs</source>
        <translation>A number of free GPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berth chooses free, idle GPUs on the server when you press Run, and the launch records the GPUs it got (--gpus device=…).</source>
        <translation>Berth chooses free, idle GPUs on the server when you press Run, and the launch records the GPUs it got (--gpus device=…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which GPUs the container gets (docker run --gpus)</source>
        <translation>Which GPUs the container gets (docker run --gpus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> GPU(s)</source>
        <translation> GPU(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU indexes or UUIDs:</source>
        <translation>GPU indexes or UUIDs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0,1</source>
        <translation>e.g. 0,1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>busy outside containers</source>
        <translation>busy outside containers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in use by %1</source>
        <translation>in use by %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This engine can give GPUs. %1</source>
        <translation>This engine can give GPUs. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether this engine can give GPUs is not known. %1</source>
        <translation>Whether this engine can give GPUs is not known. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not GPUs of this computer: %1</source>
        <translation>Not GPUs of this computer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Berth chooses %n free GPU(s) on the server when you press Run.</source>
        <translation>
            <numerusform>Berth chooses %n free GPU on the server when you press Run.</numerusform>
            <numerusform>Berth chooses %n free GPUs on the server when you press Run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Berth chooses %n free GPU(s) when you press Run; %1 are free now.</source>
        <translation>
            <numerusform>Berth chooses %n free GPU when you press Run; %1 are free now.</numerusform>
            <numerusform>Berth chooses %n free GPUs when you press Run; %1 are free now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only %1 of the %n GPU(s) asked for are free now; Run fails unless more are free by then.</source>
        <translation>
            <numerusform>Only %1 of the %n GPU asked for are free now; Run fails unless more are free by then.</numerusform>
            <numerusform>Only %1 of the %n GPUs asked for are free now; Run fails unless more are free by then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more GPU(s) are held by containers that asked for a number of GPUs.</source>
        <translation>
            <numerusform>%n more GPU is held by a container that asked for a number of GPUs.</numerusform>
            <numerusform>%n more GPUs are held by containers that asked for a number of GPUs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::HelpDialog</name>
    <message>
        <location filename="../ui/main/helpdialog.cpp" line="+78"/>
        <source>Berth %1. Settings: %2. Saved profiles, recent launches and the tag cache: %3. Berth&apos;s own messages go to its standard error (the journal when started from the desktop); container output stays with the engine and is read again with docker logs.</source>
        <translation>Berth %1. Settings: %2. Saved profiles, recent launches and the tag cache: %3. Berth&apos;s own messages go to its standard error (the journal when started from the desktop); container output stays with the engine and is read again with docker logs.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Berth Help</source>
        <translation>Berth Help</translation>
    </message>
</context>
<context>
    <name>berth::ui::ImageTableModel</name>
    <message numerus="yes">
        <location filename="../ui/disk/imagetablemodel.cpp" line="+43"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(untagged)</source>
        <translation>(untagged)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in use now</source>
        <translation>in use now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 in all, of which %2 shared with other images</source>
        <translation>%1 in all, of which %2 shared with other images</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
</context>
<context>
    <name>berth::ui::LanguageManager</name>
    <message>
        <location filename="../ui/i18n/languagemanager.cpp" line="+84"/>
        <source>User interface language: ko or en (default: the setting, else the system).</source>
        <translation>User interface language: ko or en (default: the setting, else the system).</translation>
    </message>
</context>
<context>
    <name>berth::ui::LaunchFailureText</name>
    <message>
        <location filename="../ui/launch/launchfailuretext.cpp" line="+22"/>
        <source>%1 The engine said: %2</source>
        <translation>%1 The engine said: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project could not be copied to %1 on the server: %2</source>
        <translation>The project could not be copied to %1 on the server: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pip cache volume %1 could not be created.</source>
        <translation>The pip cache volume %1 could not be created.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>The image %1 is not on this engine.</source>
        <translation>The image %1 is not on this engine.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The registry refused to give %1. If it is private, sign in with docker login; otherwise check the name.</source>
        <translation>The registry refused to give %1. If it is private, sign in with docker login; otherwise check the name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image %1 was not found in its registry. Check the image name and the tag.</source>
        <translation>The image %1 was not found in its registry. Check the image name and the tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 could not be pulled.</source>
        <translation>The image %1 could not be pulled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name %1 is already used by another container. Choose another name, or remove that container first.</source>
        <translation>The name %1 is already used by another container. Choose another name, or remove that container first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This image has no /bin/bash, which the requirements step runs with. Use sh instead.</source>
        <translation>This image has no /bin/bash, which the requirements step runs with. Use sh instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container could not start.</source>
        <translation>The container could not start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine refused to create the container.</source>
        <translation>The engine refused to create the container.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The terminal could not attach to the container: %1</source>
        <translation>The terminal could not attach to the container: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was launched.</source>
        <translation>Nothing was launched.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container %1 was created but did not start; it was removed again, so nothing is left half-way.</source>
        <translation>The container %1 was created but did not start; it was removed again, so nothing is left half-way.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The container %1 did not start, and removing it failed too (%2): remove it from the container list.</source>
        <translation>The container %1 did not start, and removing it failed too (%2): remove it from the container list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The container %1 did not start; it was kept for you to inspect. Remove it from the container list when done.</source>
        <translation>The container %1 did not start; it was kept for you to inspect. Remove it from the container list when done.</translation>
    </message>
</context>
<context>
    <name>berth::ui::LaunchForm</name>
    <message>
        <location filename="../ui/launch/launchform.cpp" line="+211"/>
        <source>Choose the project folder</source>
        <translation>Choose the project folder</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form matches no preset</source>
        <translation>The form matches no preset</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The command uses shell operators (such as &amp;&amp;, | or ;), which only a shell understands. Run it through a shell: sh -c &apos;…&apos;</source>
        <translation>The command uses shell operators (such as &amp;&amp;, | or ;), which only a shell understands. Run it through a shell: sh -c &apos;…&apos;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Sent from %1 on this computer before each run (only what changed; .git and what .gitignore names stay here).</source>
        <translation>Sent from %1 on this computer before each run (only what changed; .git and what .gitignore names stay here).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>name %1</source>
        <translation>name %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>shm %1</source>
        <translation>shm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as me</source>
        <translation>as me</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more mount(s)</source>
        <translation>
            <numerusform>%n more mount</numerusform>
            <numerusform>%n more mounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The edited command cannot be read: check its quotes. Write the whole command as the container runs it, such as /bin/bash -c &apos;…&apos;</source>
        <translation>The edited command cannot be read: check its quotes. Write the whole command as the container runs it, such as /bin/bash -c &apos;…&apos;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your edit is no longer the usual requirements step, so it became the command and runs exactly as typed.</source>
        <translation>Your edit is no longer the usual requirements step, so it became the command and runs exactly as typed.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create folder</source>
        <translation>Create folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run through sh -c</source>
        <translation>Run through sh -c</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;from:</source>
        <translation>Start &amp;from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form as a preset…</source>
        <translation>Save the form as a preset…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this preset</source>
        <translation>Remove this preset</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. pytorch/pytorch</source>
        <translation>e.g. pytorch/pytorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse tags…</source>
        <translation>Browse tags…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a tag on Docker Hub or the image&apos;s registry, with the CUDA version and driver it needs</source>
        <translation>Find a tag on Docker Hub or the image&apos;s registry, with the CUDA version and driver it needs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Project folder:</source>
        <translation>&amp;Project folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder with your code, e.g. ~/projects/resnet</source>
        <translation>the folder with your code, e.g. ~/projects/resnet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-897"/>
        <source>Choose the folder to send</source>
        <translation>Choose the folder to send</translation>
    </message>
    <message>
        <location line="+904"/>
        <source>&amp;Project folder on %1:</source>
        <translation>&amp;Project folder on %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder with your code on %1, e.g. /home/you/resnet</source>
        <translation>the folder with your code on %1, e.g. /home/you/resnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder on %1, where the engine runs; Berth checks it there.</source>
        <translation>A folder on %1, where the engine runs; Berth checks it there.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder on %1, where the engine runs. Berth cannot look at %1&apos;s disk over tcp://: make sure the folder exists there.</source>
        <translation>A folder on %1, where the engine runs. Berth cannot look at %1&apos;s disk over tcp://: make sure the folder exists there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse the folders on %1</source>
        <translation>Browse the folders on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s folders are not on %1: type the path there.</source>
        <translation>This computer&apos;s folders are not on %1: type the path there.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send from here…</source>
        <translation>Send from here…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a folder on this computer to %1 before each run (rsync over the same ssh connection) and mount it there</source>
        <translation>Copy a folder on this computer to %1 before each run (rsync over the same ssh connection) and mount it there</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch outputs…</source>
        <translation>Fetch outputs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a folder of the project on %1 back into the folder here</source>
        <translation>Copy a folder of the project on %1 back into the folder here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the folder on %1 as it is, without copying</source>
        <translation>Use the folder on %1 as it is, without copying</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mounted at</source>
        <translation>mounted at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not mounted</source>
        <translation>not mounted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the project folder appears inside the container</source>
        <translation>Where the project folder appears inside the container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GPUs:</source>
        <translation>&amp;GPUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command:</source>
        <translation>&amp;Command:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s default, e.g. python train.py</source>
        <translation>the image&apos;s default, e.g. python train.py</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements:</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install re&amp;quirements first</source>
        <translation>Install re&amp;quirements first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs pip install -r on the requirements file before the command, with a named volume as pip&apos;s cache so the next launch does not download everything again</source>
        <translation>Runs pip install -r on the requirements file before the command, with a named volume as pip&apos;s cache so the next launch does not download everything again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pip cache volume</source>
        <translation>pip cache volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shell</source>
        <translation>shell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images without bash (Alpine, busybox) need sh</source>
        <translation>Images without bash (Alpine, busybox) need sh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs:</source>
        <translation>Runs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact command the container runs. You can edit it; the fields above follow.</source>
        <translation>The exact command the container runs. You can edit it; the fields above follow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Advanced</translation>
    </message>
</context>
<context>
    <name>berth::ui::LaunchPanel</name>
    <message>
        <location filename="../ui/launch/launchpanel.cpp" line="+215"/>
        <source>Fetch outputs</source>
        <translation>Fetch outputs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the project on %1 to copy back (into the same folder here):</source>
        <translation>Folder of the project on %1 to copy back (into the same folder here):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loaded %1.</source>
        <translation>Loaded %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a recent launch</source>
        <translation>a recent launch</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled. Nothing was launched.</source>
        <translation>Cancelled. Nothing was launched.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Started %1 in the background.</source>
        <translation>Started %1 in the background.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is running.</source>
        <translation>%1 is running.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 exited with code %2.</source>
        <translation>%1 exited with code %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+497"/>
        <source>Fill in the form and press Run.</source>
        <translation>Fill in the form and press Run.</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>The typed form could not be kept for the next start; it stays here while Berth runs. Save it as a profile once there is room. %1</source>
        <translation>The typed form could not be kept for the next start; it stays here while Berth runs. Save it as a profile once there is room. %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Have the image: %1</source>
        <translation>Have the image: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did not answer in time: %1</source>
        <translation>Did not answer in time: %1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Started from the %1 preset.</source>
        <translation>Started from the %1 preset.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filled from a docker run command.</source>
        <translation>Filled from a docker run command.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parts of the command could not be mapped and were left out:</source>
        <translation>Parts of the command could not be mapped and were left out:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the imported command:</source>
        <translation>Notes on the imported command:</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Nothing was launched: fix the marked fields first.</source>
        <translation>Nothing was launched: fix the marked fields first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was launched: fix the marked fields first, starting with “%1”.</source>
        <translation>Nothing was launched: fix the marked fields first, starting with “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run with these mounts?</source>
        <translation>Run with these mounts?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some mounts are risky on a shared server:</source>
        <translation>Some mounts are risky on a shared server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run anyway</source>
        <translation>Run anyway</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Not launched.</source>
        <translation>Not launched.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measuring %1…</source>
        <translation>Measuring %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send %1?</source>
        <translation>Send %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 holds %2 (more than %3). The first run sends all of it to %4; later runs send only what changed. Folders such as data/ or .venv/ can stay here: name them in a .gitignore file.</source>
        <translation>The folder %1 holds %2 (more than %3). The first run sends all of it to %4; later runs send only what changed. Folders such as data/ or .venv/ can stay here: name them in a .gitignore file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send and run</source>
        <translation>Send and run</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Sending the project to %1…</source>
        <translation>Sending the project to %1…</translation>
    </message>
    <message>
        <location line="-650"/>
        <source>Sending the project to %1… %2%</source>
        <translation>Sending the project to %1… %2%</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>Asking %1 for the home folder…</source>
        <translation>Asking %1 for the home folder…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not say where the home folder is: type the project folder on %1.</source>
        <translation>%1 did not say where the home folder is: type the project folder on %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fetching %1 from %2…</source>
        <translation>Fetching %1 from %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching %1 from %2… %3%</source>
        <translation>Fetching %1 from %2… %3%</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Fetched %n file(s) into %1.</source>
        <translation>
            <numerusform>Fetched %n file into %1.</numerusform>
            <numerusform>Fetched %n files into %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not fetch %1 from %2: %3</source>
        <translation>Could not fetch %1 from %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the launch…</source>
        <translation>Checking the launch…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Preparing the pip cache volume %1…</source>
        <translation>Preparing the pip cache volume %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for %1 on the engine…</source>
        <translation>Looking for %1 on the engine…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not on this engine yet: pulling it first.</source>
        <translation>%1 is not on this engine yet: pulling it first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Creating the container…</source>
        <translation>Creating the container…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1; waiting for the terminal to attach…</source>
        <translation>Created %1; waiting for the terminal to attach…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use sh</source>
        <translation>Use sh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the name</source>
        <translation>Clear the name</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was launched.</source>
        <translation>Nothing was launched.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pulled %1.</source>
        <translation>Pulled %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull of %1 cancelled.</source>
        <translation>Pull of %1 cancelled.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not pull %1.</source>
        <translation>Could not pull %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulling %1…</source>
        <translation>Pulling %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not on this engine yet: Run pulls it first.</source>
        <translation>%1 is not on this engine yet: Run pulls it first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull now</source>
        <translation>Pull now</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 has no tag %2: it is not among the %n tags the registry listed on %3.</source>
        <translation>
            <numerusform>%1 has no tag %2: it is not the %n tag the registry listed on %3.</numerusform>
            <numerusform>%1 has no tag %2: it is not among the %n tags the registry listed on %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse tags…</source>
        <translation>Browse tags…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as preset</source>
        <translation>Save as preset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new preset:</source>
        <translation>Name of the new preset:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove preset?</source>
        <translation>Remove preset?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the preset %1?</source>
        <translation>Remove the preset %1?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New launch</source>
        <translation>New launch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a docker run command…</source>
        <translation>Paste a docker run command…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the form from a docker run line, for example from a tutorial</source>
        <translation>Fill the form from a docker run line, for example from a tutorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form was replaced.</source>
        <translation>The form was replaced.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the form as it was before</source>
        <translation>Bring back the form as it was before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create and start the container (Ctrl+Return)</source>
        <translation>Create and start the container (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>berth::ui::LogConsole</name>
    <message numerus="yes">
        <location filename="../ui/logs/logconsole.cpp" line="+192"/>
        <source>Copied %n line(s)</source>
        <translation>
            <numerusform>Copied %n line</numerusform>
            <numerusform>Copied %n lines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the lines that match</source>
        <translation>Show only the lines that match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show when each line was written (local time)</source>
        <translation>Show when each line was written (local time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest output in view</source>
        <translation>Keep the newest output in view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected text</source>
        <translation>Copy the selected text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the log to a file</source>
        <translation>Save the log to a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Shown Lines…</source>
        <translation>Save Shown Lines…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Whole Log from the Engine…</source>
        <translation>Save Whole Log from the Engine…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the console (the container&apos;s log is kept)</source>
        <translation>Clear the console (the container&apos;s log is kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ Resume following</source>
        <translation>↓ Resume following</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Lost the connection to the engine. Reconnecting…</source>
        <translation>Lost the connection to the engine. Reconnecting…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The engine has not answered for %n second(s): it may be stopped (frozen) or overloaded. The log continues when it answers again.</source>
        <translation>
            <numerusform>The engine has not answered for %n second: it may be stopped (frozen) or overloaded. The log continues when it answers again.</numerusform>
            <numerusform>The engine has not answered for %n seconds: it may be stopped (frozen) or overloaded. The log continues when it answers again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine answers again.</source>
        <translation>The engine answers again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnected to the engine; the log continues where it stopped.</source>
        <translation>Reconnected to the engine; the log continues where it stopped.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not load older lines: %1</source>
        <translation>Could not load older lines: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The container was killed because it ran out of memory (exit code %1).</source>
        <translation>The container was killed because it ran out of memory (exit code %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container was stopped by signal %1 (%2); exit code %3.</source>
        <translation>The container was stopped by signal %1 (%2); exit code %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container exited normally (exit code 0).</source>
        <translation>The container exited normally (exit code 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container exited with code %1.</source>
        <translation>The container exited with code %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished %1.</source>
        <translation>Finished %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Lines: %1</source>
        <translation>Lines: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reconnecting…</source>
        <translation>reconnecting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exited</source>
        <translation>exited</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading older lines…</source>
        <translation>Loading older lines…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll up to load older lines</source>
        <translation>Scroll up to load older lines</translation>
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
        <translation>%1 is running on port %2 inside the container, which is not published. Add -p %2:%2 to the launch to open it here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is running: &lt;a href=&quot;%2&quot;&gt;open it in the browser&lt;/a&gt;</source>
        <translation>%1 is running: &lt;a href=&quot;%2&quot;&gt;open it in the browser&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>searching…</source>
        <translation>searching…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 matching</source>
        <translation>%1 matching</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <location line="+22"/>
        <source>Saved %n line(s) to %1</source>
        <translation>
            <numerusform>Saved %n line to %1</numerusform>
            <numerusform>Saved %n lines to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>There is no container to fetch the log from.</source>
        <translation>There is no container to fetch the log from.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saving… %n line(s)</source>
        <translation>
            <numerusform>Saving… %n line</numerusform>
            <numerusform>Saving… %n lines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Shown Lines</source>
        <translation>Save Shown Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Log files (*.log *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save Whole Log</source>
        <translation>Save Whole Log</translation>
    </message>
</context>
<context>
    <name>berth::ui::LogView</name>
    <message>
        <location filename="../ui/logs/logview.cpp" line="+746"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>%n older line(s) dropped to stay within the limit of %1 lines.</source>
        <translation>
            <numerusform>%n older line dropped to stay within the limit of %1 lines.</numerusform>
            <numerusform>%n older lines dropped to stay within the limit of %1 lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+383"/>
        <source>About Berth</source>
        <translation>About Berth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Berth&lt;/b&gt; %1&lt;br&gt;Launch and watch machine-learning containers on shared GPU servers.</source>
        <translation>&lt;b&gt;Berth&lt;/b&gt; %1&lt;br&gt;Launch and watch machine-learning containers on shared GPU servers.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Servers…</source>
        <translation>&amp;Servers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berth &amp;Help</source>
        <translation>Berth &amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Berth</source>
        <translation>&amp;About Berth</translation>
    </message>
</context>
<context>
    <name>berth::ui::MessageBar</name>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="+26"/>
        <location line="+42"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>berth::ui::MountEditor</name>
    <message>
        <location filename="../ui/mounts/mounteditor.cpp" line="+462"/>
        <source>The working directory is now %1. Mount the project folder there too, instead of at %2?</source>
        <translation>The working directory is now %1. Mount the project folder there too, instead of at %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mount at %1</source>
        <translation>Mount at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep %1</source>
        <translation>Keep %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a folder to mount</source>
        <translation>Choose a folder to mount</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the host folder</source>
        <translation>Choose the host folder</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Errors that block Run: %1</source>
        <translation>Errors that block Run: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings to confirm: %1</source>
        <translation>Warnings to confirm: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount a folder of this computer into the container. You can also drop folders on the table.</source>
        <translation>Mount a folder of this computer into the container. You can also drop folders on the table.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount a folder of %1, where the engine runs: type its path there.</source>
        <translation>Mount a folder of %1, where the engine runs: type its path there.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a folder path (it may not exist yet)</source>
        <translation>Type a folder path (it may not exist yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add volume</source>
        <translation>Add volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount a named Docker volume, such as a pip cache that outlives the container.</source>
        <translation>Mount a named Docker volume, such as a pip cache that outlives the container.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tmpfs</source>
        <translation>Add tmpfs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount a folder that lives in memory and disappears with the container.</source>
        <translation>Mount a folder that lives in memory and disappears with the container.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected mounts (Delete)</source>
        <translation>Remove the selected mounts (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo removal</source>
        <translation>Undo removal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the mounts removed last (%1)</source>
        <translation>Put back the mounts removed last (%1)</translation>
    </message>
</context>
<context>
    <name>berth::ui::MountItemDelegate</name>
    <message>
        <location filename="../ui/mounts/mountitemdelegate.cpp" line="+41"/>
        <source>/path/on/host</source>
        <translation>/path/on/host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>volume name, new or existing</source>
        <translation>volume name, new or existing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/path/in/container</source>
        <translation>/path/in/container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 64m or 1g</source>
        <translation>e.g. 64m or 1g</translation>
    </message>
</context>
<context>
    <name>berth::ui::MountTableModel</name>
    <message>
        <location filename="../ui/mounts/mounttablemodel.cpp" line="+95"/>
        <source>Host folder</source>
        <translation>Host folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named volume</source>
        <translation>Named volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tmpfs (memory)</source>
        <translation>tmpfs (memory)</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Project folder</source>
        <translation>Project folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(in memory)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(anonymous volume)</source>
        <translation>(anonymous volume)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The project folder: the folder you work in, mounted where the container starts.</source>
        <translation>The project folder: the folder you work in, mounted where the container starts.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The folder on %1 (where the engine runs), or the name of a Docker volume.</source>
        <translation>The folder on %1 (where the engine runs), or the name of a Docker volume.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder on the host, or the name of a Docker volume. Drop folders here from your file manager.</source>
        <translation>The folder on the host, or the name of a Docker volume. Drop folders here from your file manager.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the mount appears inside the container.</source>
        <translation>Where the mount appears inside the container.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container can read but not change the files.</source>
        <translation>The container can read but not change the files.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most memory a tmpfs may use, such as 64m or 1g.</source>
        <translation>The most memory a tmpfs may use, such as 64m or 1g.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host folder or volume</source>
        <translation>Host folder or volume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder on %1 or volume</source>
        <translation>Folder on %1 or volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container path</source>
        <translation>Container path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>berth::ui::PasteCommandDialog</name>
    <message>
        <location filename="../ui/launch/pastecommanddialog.cpp" line="+73"/>
        <source>What $(pwd) means</source>
        <translation>What $(pwd) means</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Paste a command above.</source>
        <translation>Paste a command above.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything in this command has a place in the form.</source>
        <translation>Everything in this command has a place in the form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Berth could not map (the rest fills the form):</source>
        <translation>What Berth could not map (the rest fills the form):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste a docker run command</source>
        <translation>Paste a docker run command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a docker run command, for example from a tutorial. Lines continued with \ and comments after them are fine.</source>
        <translation>Paste a docker run command, for example from a tutorial. Lines continued with \ and comments after them are fine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>$(pwd) and ./ &amp;mean:</source>
        <translation>$(pwd) and ./ &amp;mean:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Fill the form</source>
        <translation>Fill the form</translation>
    </message>
</context>
<context>
    <name>berth::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/main/preferencesdialog.cpp" line="+125"/>
        <source>The engine address starts with unix://, tcp:// or ssh:// (for example unix:///var/run/docker.sock). Leave it empty to use DOCKER_HOST or the default.</source>
        <translation>The engine address starts with unix://, tcp:// or ssh:// (for example unix:///var/run/docker.sock). Leave it empty to use DOCKER_HOST or the default.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Docker Hub address must be an http:// or https:// URL, such as https://hub.docker.com.</source>
        <translation>The Docker Hub address must be an http:// or https:// URL, such as https://hub.docker.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lines loaded when a log opens cannot be more than the lines kept (%1).</source>
        <translation>The lines loaded when a log opens cannot be more than the lines kept (%1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and terminal</source>
        <translation>Language and terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine address:</source>
        <translation>Engine address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOCKER_HOST, else unix:///var/run/docker.sock</source>
        <translation>DOCKER_HOST, else unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new engine address is used from the next start of Berth.</source>
        <translation>A new engine address is used from the next start of Berth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Hub address:</source>
        <translation>Docker Hub address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop timeout:</source>
        <translation>Stop timeout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sends SIGTERM, waits this long for the container to exit, then kills it.</source>
        <translation>Stop sends SIGTERM, waits this long for the container to exit, then kills it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pip cache volume:</source>
        <translation>pip cache volume:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines loaded when a log opens:</source>
        <translation>Lines loaded when a log opens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines kept in memory per log:</source>
        <translation>Lines kept in memory per log:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older lines are dropped from memory beyond this; scrolling up loads them again from the engine.</source>
        <translation>Older lines are dropped from memory beyond this; scrolling up loads them again from the engine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show timestamps</source>
        <translation>Show timestamps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal command:</source>
        <translation>Terminal command:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected (x-terminal-emulator, gnome-terminal, konsole…)</source>
        <translation>Detected (x-terminal-emulator, gnome-terminal, konsole…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings are kept in %1. Berth&apos;s own messages go to its standard error (the journal when started from the desktop); container output stays with the engine (docker logs).</source>
        <translation>Settings are kept in %1. Berth&apos;s own messages go to its standard error (the journal when started from the desktop); container output stays with the engine (docker logs).</translation>
    </message>
</context>
<context>
    <name>berth::ui::ProfileList</name>
    <message>
        <location filename="../ui/launch/profilelist.cpp" line="+80"/>
        <source>Saving profiles failed: %1</source>
        <translation>Saving profiles failed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved profiles could not be read (%1). The damaged file was kept as %2.</source>
        <translation>The saved profiles could not be read (%1). The damaged file was kept as %2.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>(the image&apos;s own command)</source>
        <translation>(the image&apos;s own command)</translation>
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
        <translation>Saved the profile %1.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the saved launch:</source>
        <translation>Name of the saved launch:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace profile?</source>
        <translation>Replace profile?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A profile named %1 exists. Replace it?</source>
        <translation>A profile named %1 exists. Replace it?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename profile</source>
        <translation>Rename profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for %1:</source>
        <translation>New name for %1:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete profile?</source>
        <translation>Delete profile?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the saved profile %1?</source>
        <translation>Delete the saved profile %1?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved launches</source>
        <translation>Saved launches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles (none yet)</source>
        <translation>Profiles (none yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named launches you saved</source>
        <translation>Named launches you saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recent (none yet)</source>
        <translation>Recent (none yet)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The last %n launch(es)</source>
        <translation>
            <numerusform>The last launch</numerusform>
            <numerusform>The last %n launches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form into the current profile</source>
        <translation>Save the form into the current profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear recent launches</source>
        <translation>Clear recent launches</translation>
    </message>
</context>
<context>
    <name>berth::ui::PruneDialog</name>
    <message>
        <location filename="../ui/disk/prunedialog.cpp" line="+20"/>
        <source>untagged image %1</source>
        <translation>untagged image %1</translation>
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
            <numerusform>This untagged image that no container uses will be removed from %1.</numerusform>
            <numerusform>These %n untagged images that no container uses will be removed from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These %n image(s) that no container uses, created more than %2 days ago, will be removed from %1. Pulling one again later downloads it again.</source>
        <translation>
            <numerusform>This image that no container uses, created more than %2 days ago, will be removed from %1. Pulling it again later downloads it again.</numerusform>
            <numerusform>These %n images that no container uses, created more than %2 days ago, will be removed from %1. Pulling one again later downloads it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>These %n stopped container(s) will be removed from %1, with their logs and any files written inside them.</source>
        <translation>
            <numerusform>This stopped container will be removed from %1, with its logs and any files written inside it.</numerusform>
            <numerusform>These %n stopped containers will be removed from %1, with their logs and any files written inside them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least %1 is freed.</source>
        <translation>At least %1 is freed.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Remove %n item</numerusform>
            <numerusform>Remove %n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove untagged images</source>
        <translation>Remove untagged images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove unused images</source>
        <translation>Remove unused images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove stopped containers</source>
        <translation>Remove stopped containers</translation>
    </message>
</context>
<context>
    <name>berth::ui::PullProgressWidget</name>
    <message>
        <location filename="../ui/tags/pullprogresswidget.cpp" line="+67"/>
        <source>Pulling %1</source>
        <translation>Pulling %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pulled %1</source>
        <translation>Pulled %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull of %1 cancelled</source>
        <translation>Pull of %1 cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the pull. Sign in with `docker login %1` (Berth uses the same credentials) and try again.</source>
        <translation>The registry refused the pull. Sign in with `docker login %1` (Berth uses the same credentials) and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry has no such image or tag: %1</source>
        <translation>The registry has no such image or tag: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not talk to the Docker engine: %1</source>
        <translation>Could not talk to the Docker engine: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pull failed: %1</source>
        <translation>The pull failed: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not pull %1</source>
        <translation>Could not pull %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the pull</source>
        <translation>Stop the pull</translation>
    </message>
</context>
<context>
    <name>berth::ui::RelativeTime</name>
    <message>
        <location filename="../ui/tags/relativetime.cpp" line="+12"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::ResourcePlot</name>
    <message>
        <location filename="../ui/runs/resourceplot.cpp" line="+133"/>
        <source>No resource readings yet. They appear while the container runs.</source>
        <translation>No resource readings yet. They appear while the container runs.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>CPU %1%</source>
        <translation>CPU %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory %1 of %2</source>
        <translation>Memory %1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory %1</source>
        <translation>Memory %1</translation>
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
        <translation>Network %1/s · Disk %2/s</translation>
    </message>
</context>
<context>
    <name>berth::ui::RunNotifier</name>
    <message>
        <location filename="../ui/runs/runnotifier.cpp" line="+38"/>
        <source>Run failed: %1</source>
        <translation>Run failed: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run finished: %1</source>
        <translation>Run finished: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ran %1</source>
        <translation>ran %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open run</source>
        <translation>Open run</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1&apos;s container</source>
        <translation>%1&apos;s container</translation>
    </message>
</context>
<context>
    <name>berth::ui::RunTableModel</name>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="+109"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>berth::ui::RunText</name>
    <message>
        <location filename="../ui/runs/runtext.cpp" line="+16"/>
        <location line="+24"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Finished successfully (exit code 0)</source>
        <translation>Finished successfully (exit code 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited with code %1</source>
        <translation>Exited with code %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped or killed (exit code %1)</source>
        <translation>Stopped or killed (exit code %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Killed: out of memory</source>
        <translation>Killed: out of memory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed while it was running</source>
        <translation>Removed while it was running</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown: the engine went away while it ran</source>
        <translation>Outcome unknown: the engine went away while it ran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown: it ended while Berth was closed and the container is gone</source>
        <translation>Outcome unknown: it ended while Berth was closed and the container is gone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start</source>
        <translation>Could not start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not start: %1</source>
        <translation>Could not start: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Killed</source>
        <translation>Killed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of memory</source>
        <translation>Out of memory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine lost</source>
        <translation>Engine lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not start</source>
        <translation>Did not start</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>berth::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="+190"/>
        <source>The run history could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>The run history could not be read, so a new one was started. The old file was kept as %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs cannot be recorded: the run history could not be opened (%1).</source>
        <translation>Runs cannot be recorded: the run history could not be opened (%1).</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 runs or more</source>
        <translation>%1 runs or more</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 runs</source>
        <translation>%1 of %2 runs</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+126"/>
        <source>Select a run to see what it did.</source>
        <translation>Select a run to see what it did.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+90"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no output was saved)</source>
        <translation>(no output was saved)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peak memory %1</source>
        <translation>Peak memory %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean CPU %1%</source>
        <translation>mean CPU %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean GPU utilisation %1%</source>
        <translation>mean GPU utilisation %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peak GPU memory %1</source>
        <translation>peak GPU memory %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export run</source>
        <translation>Export run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run could not be exported to %1: %2</source>
        <translation>The run could not be exported to %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All runs</source>
        <translation>All runs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Killed</source>
        <translation>Killed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out of memory</source>
        <translation>Out of memory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Did not start</source>
        <translation>Did not start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search name, command, container…</source>
        <translation>Search name, command, container…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run again</source>
        <translation>Run again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch the same command again now</source>
        <translation>Launch the same command again now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same image (pinned to the recorded digest)</source>
        <translation>Same image (pinned to the recorded digest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest image for the tag</source>
        <translation>Newest image for the tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit and run…</source>
        <translation>Edit and run…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this run as JSON (command, digest and output) for a colleague</source>
        <translation>Save this run as JSON (command, digest and output) for a colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show the next %n older run(s) that match</source>
        <translation>
            <numerusform>Show the next %n older run that matches</numerusform>
            <numerusform>Show the next %n older runs that match</numerusform>
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
        <translation>Asking…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reachable (answered in %1 ms)</source>
        <translation>Reachable (answered in %1 ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reachable: %1 %2</source>
        <translation>Not reachable: %1 %2</translation>
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
            <numerusform>%1 running of %n container</numerusform>
            <numerusform>%1 running of %n containers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GPUs: asking nvidia-smi…</source>
        <translation>GPUs: asking nvidia-smi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs: unknown (Berth cannot run nvidia-smi on this server, e.g. a tcp:// engine)</source>
        <translation>GPUs: unknown (Berth cannot run nvidia-smi on this server, e.g. a tcp:// engine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs: none found (no nvidia-smi on this server)</source>
        <translation>GPUs: none found (no nvidia-smi on this server)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs: nvidia-smi failed: %1</source>
        <translation>GPUs: nvidia-smi failed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs: %1 of %2 free</source>
        <translation>GPUs: %1 of %2 free</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · free</source>
        <translation> · free</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · busy outside containers</source>
        <translation> · busy outside containers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · IDLE %1</source>
        <translation> · IDLE %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 holds %n GPU(s) without naming them</source>
        <translation>
            <numerusform>%1 holds %n GPU without naming it</numerusform>
            <numerusform>%1 holds %n GPUs without naming them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::ServerField</name>
    <message>
        <location filename="../ui/launch/serverfield.cpp" line="+94"/>
        <source>Asking every server…</source>
        <translation>Asking every server…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best server</source>
        <translation>Best server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask every server now and choose the one with enough free GPUs for this launch (then the most free GPU memory)</source>
        <translation>Ask every server now and choose the one with enough free GPUs for this launch (then the most free GPU memory)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server this launch runs on. Choosing another switches Berth to it; what is typed stays.</source>
        <translation>The server this launch runs on. Choosing another switches Berth to it; what is typed stays.</translation>
    </message>
</context>
<context>
    <name>berth::ui::ServerFolderDialog</name>
    <message>
        <location filename="../ui/launch/serverfolderdialog.cpp" line="+23"/>
        <source>Choose a folder on %1</source>
        <translation>Choose a folder on %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder above</source>
        <translation>The folder above</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n more folder(s) not shown: type the path instead.</source>
        <translation>
            <numerusform>%n more folder not shown: type the path instead.</numerusform>
            <numerusform>%n more folders not shown: type the path instead.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folders in here.</source>
        <translation>No folders in here.</translation>
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
        <translation>Servers…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no server named %1 any more.</source>
        <translation>There is no server named %1 any more.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switched, but the docker CLI&apos;s current context could not be saved: %1</source>
        <translation>Switched, but the docker CLI&apos;s current context could not be saved: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1 (%2) ▾</source>
        <translation>Server: %1 (%2) ▾</translation>
    </message>
</context>
<context>
    <name>berth::ui::ServersDialog</name>
    <message>
        <location filename="../ui/remote/serversdialog.cpp" line="+108"/>
        <source>Choose a PEM file</source>
        <translation>Choose a PEM file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>DOCKER_HOST, or Berth&apos;s engine setting, or this computer&apos;s socket</source>
        <translation>DOCKER_HOST, or Berth&apos;s engine setting, or this computer&apos;s socket</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Address: ssh://USER@SERVER (the docker CLI&apos;s way, using your ~/.ssh keys and config) or tcp://SERVER:2376 with TLS certificates.</source>
        <translation>Address: ssh://USER@SERVER (the docker CLI&apos;s way, using your ~/.ssh keys and config) or tcp://SERVER:2376 with TLS certificates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Berth cannot read this address. Use ssh://[USER@]SERVER[:PORT][/path/to/docker.sock] or tcp://SERVER:PORT.</source>
        <translation>Berth cannot read this address. Use ssh://[USER@]SERVER[:PORT][/path/to/docker.sock] or tcp://SERVER:PORT.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Not encrypted: anyone who can reach this port controls the engine, which means root on that server. Add TLS certificates, or use ssh:// instead.</source>
        <translation>Not encrypted: anyone who can reach this port controls the engine, which means root on that server. Add TLS certificates, or use ssh:// instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted, but the server&apos;s certificate is not checked: anyone in between can pretend to be it.</source>
        <translation>Encrypted, but the server&apos;s certificate is not checked: anyone in between can pretend to be it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berth runs your ssh and `docker system dial-stdio` on %1, sharing one ssh connection for everything. Paths you mount are paths on %1.</source>
        <translation>Berth runs your ssh and `docker system dial-stdio` on %1, sharing one ssh connection for everything. Paths you mount are paths on %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted with TLS; the server must be signed by the CA above.</source>
        <translation>Encrypted with TLS; the server must be signed by the CA above.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A server name starts with a letter or digit and uses only letters, digits and _ . + - (at least two characters; &quot;default&quot; is taken).</source>
        <translation>A server name starts with a letter or digit and uses only letters, digits and _ . + - (at least two characters; &quot;default&quot; is taken).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A server named %1 already exists.</source>
        <translation>A server named %1 already exists.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. `docker context ls` lists it too.</source>
        <translation>Saved. `docker context ls` lists it too.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not remove: %1</source>
        <translation>Could not remove: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected: Docker Engine %1, API %2, on %3 (%4).</source>
        <translation>Connected: Docker Engine %1, API %2, on %3 (%4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate:</source>
        <translation>Client certificate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key:</source>
        <translation>Client key:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not check the server&apos;s certificate (unsafe)</source>
        <translation>Do not check the server&apos;s certificate (unsafe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this server</source>
        <translation>Use this server</translation>
    </message>
</context>
<context>
    <name>berth::ui::ServersPage</name>
    <message>
        <location filename="../ui/lab/serverspage.cpp" line="+123"/>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every Docker context, asked in parallel every few seconds while this page is open.</source>
        <translation>Every Docker context, asked in parallel every few seconds while this page is open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>berth::ui::TagBrowser</name>
    <message>
        <location filename="../ui/tags/tagbrowser.cpp" line="+263"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Docker Hub repository such as pytorch/pytorch, or any registry: registry.example.com/team/image</source>
        <translation>A Docker Hub repository such as pytorch/pytorch, or any registry: registry.example.com/team/image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[registry/]namespace/repository</source>
        <translation>[registry/]namespace/repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the tags again</source>
        <translation>List the tags again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU only</source>
        <translation>GPU only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only images built for NVIDIA GPUs</source>
        <translation>Only images built for NVIDIA GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images for running code</source>
        <translation>Images for running code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devel</source>
        <translation>Devel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images with compilers and headers, for building extensions</source>
        <translation>Images with compilers and headers, for building extensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>py3</source>
        <translation>py3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only TensorFlow&apos;s -py3 tags (Python 3; older TensorFlow releases also had Python 2 images)</source>
        <translation>Only TensorFlow&apos;s -py3 tags (Python 3; older TensorFlow releases also had Python 2 images)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tags built for CUDA %1.x</source>
        <translation>Only tags built for CUDA %1.x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter tags, e.g. 2.15 jupyter</source>
        <translation>Filter tags, e.g. 2.15 jupyter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort:</source>
        <translation>&amp;Sort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Newest version</source>
        <translation>Newest version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last pushed</source>
        <translation>Last pushed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use this tag</source>
        <translation>&amp;Use this tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this image into the launch form</source>
        <translation>Put this image into the launch form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pull</source>
        <translation>&amp;Pull</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download this image to the Docker engine now</source>
        <translation>Download this image to the Docker engine now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to a Docker engine</source>
        <translation>Not connected to a Docker engine</translation>
    </message>
    <message numerus="yes">
        <location line="+292"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n tag(s)</source>
        <translation>
            <numerusform>%1 of %n tag</numerusform>
            <numerusform>%1 of %n tags</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cached %1</source>
        <translation>cached %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loading (%1 of %2)…</source>
        <translation>loading (%1 of %2)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Hub&apos;s rate limit was reached; continuing at %1</source>
        <translation>Docker Hub&apos;s rate limit was reached; continuing at %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This repository has no tags.</source>
        <translation>This repository has no tags.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n invalid tag name(s) left out</source>
        <translation>
            <numerusform>%n invalid tag name left out</numerusform>
            <numerusform>%n invalid tag names left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ui::TagBrowserDialog</name>
    <message>
        <location filename="../ui/launch/tagbrowserdialog.cpp" line="+26"/>
        <location line="+7"/>
        <source>Browse tags</source>
        <translation>Browse tags</translation>
    </message>
</context>
<context>
    <name>berth::ui::TagDetailsPane</name>
    <message>
        <location filename="../ui/tags/tagdetailspane.cpp" line="+75"/>
        <source>No tag selected</source>
        <translation>No tag selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a tag on the left to see what it contains and whether this machine can run it.</source>
        <translation>Pick a tag on the left to see what it contains and whether this machine can run it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CPU-only image: no NVIDIA driver needed.</source>
        <translation>CPU-only image: no NVIDIA driver needed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPU image; its CUDA version is not known from the tag, so the driver it needs is not known.</source>
        <translation>GPU image; its CUDA version is not known from the tag, so the driver it needs is not known.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag does not say whether the image uses a GPU.</source>
        <translation>The tag does not say whether the image uses a GPU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs NVIDIA driver %1 or newer (CUDA %2).</source>
        <translation>Needs NVIDIA driver %1 or newer (CUDA %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This machine&apos;s driver is unknown (no nvidia-smi found).</source>
        <translation>This machine&apos;s driver is unknown (no nvidia-smi found).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine has %1: compatible.</source>
        <translation>This machine has %1: compatible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This machine has %1: too old. Update the driver or choose a tag with an older CUDA.</source>
        <translation>This machine has %1: too old. Update the driver or choose a tag with an older CUDA.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>On this engine</source>
        <translation>On this engine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, already pulled</source>
        <translation>Yes, already pulled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digest</source>
        <translation>Digest</translation>
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
        <translation>Platforms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last pushed</source>
        <translation>Last pushed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This registry reports tag names only.</source>
        <translation>This registry reports tag names only.</translation>
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
        <translation>Already on this engine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From TensorFlow&apos;s tested build configurations; the tag itself does not name CUDA.</source>
        <translation>From TensorFlow&apos;s tested build configurations; the tag itself does not name CUDA.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pushed</source>
        <translation>Pushed</translation>
    </message>
</context>
<context>
    <name>berth::ui::TerminalPane</name>
    <message>
        <location filename="../ui/terminal/terminalpane.cpp" line="+56"/>
        <source>This container has no terminal (started without -t): input is sent as typed, without echo or line editing.</source>
        <translation>This container has no terminal (started without -t): input is sent as typed, without echo or line editing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This container was started without -i: its output is shown, input is not connected.</source>
        <translation>This container was started without -i: its output is shown, input is not connected.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached to %1. Ctrl+P Ctrl+Q detaches and leaves it running.</source>
        <translation>Attached to %1. Ctrl+P Ctrl+Q detaches and leaves it running.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1 in %2.</source>
        <translation>Running %1 in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shell in %1.</source>
        <translation>Shell in %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
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
        <translation>shell: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The process exited with code %1.</source>
        <translation>The process exited with code %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container exited with code %1.</source>
        <translation>The container exited with code %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The container exited and was removed.</source>
        <translation>The container exited and was removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container stopped (exit code %1), which ended this session.</source>
        <translation>The container stopped (exit code %1), which ended this session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The container stopped and was removed, which ended this session.</source>
        <translation>The container stopped and was removed, which ended this session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detached. The container keeps running.</source>
        <translation>Detached. The container keeps running.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session closed.</source>
        <translation>Session closed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The container is not running. Start it, then open the terminal again. (%1)</source>
        <translation>The container is not running. Start it, then open the terminal again. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container no longer exists.</source>
        <translation>The container no longer exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the Docker engine: %1. Is it running?</source>
        <translation>Cannot reach the Docker engine: %1. Is it running?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied on the Docker socket. Ask to be added to the docker group, then log in again.</source>
        <translation>Permission denied on the Docker socket. Ask to be added to the docker group, then log in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal session failed: %1</source>
        <translation>The terminal session failed: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open in System Terminal</source>
        <translation>Open in System Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run docker exec -it / docker attach in the desktop&apos;s terminal</source>
        <translation>Run docker exec -it / docker attach in the desktop&apos;s terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach</source>
        <translation>Detach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the container running (Ctrl+P Ctrl+Q)</source>
        <translation>Leave the container running (Ctrl+P Ctrl+Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>berth::ui::TerminalWidget</name>
    <message>
        <location filename="../ui/terminal/terminalwidget.cpp" line="+603"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Scrollback</source>
        <translation>C&amp;lear Scrollback</translation>
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
        <translation>measuring…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On the host at %1</source>
        <translation>On the host at %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by %1</source>
        <translation>Created by %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not created by Berth (for example with docker volume create), so its owner is unknown.</source>
        <translation>Not created by Berth (for example with docker volume create), so its owner is unknown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine did not report a size for this volume.</source>
        <translation>The engine did not report a size for this volume.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No container uses this volume; it can be removed.</source>
        <translation>No container uses this volume; it can be removed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, started by %3</source>
        <translation>%1: %2, started by %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
</context>
<context>
    <name>berth::ui::VolumesPage</name>
    <message>
        <location filename="../ui/mounts/volumespage.cpp" line="+254"/>
        <source>Could not list the volumes.</source>
        <translation>Could not list the volumes.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>“%1” is not a valid volume name. Use letters, digits, “_”, “.” and “-”, starting with a letter or digit, at least two characters.</source>
        <translation>“%1” is not a valid volume name. Use letters, digits, “_”, “.” and “-”, starting with a letter or digit, at least two characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+272"/>
        <source>The volume %1 exists already.</source>
        <translation>The volume %1 exists already.</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Could not create the volume %1.</source>
        <translation>Could not create the volume %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the volume %1.</source>
        <translation>Created the volume %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove volumes</source>
        <translation>Remove volumes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the volume %1? The files in it are deleted for good.</source>
        <translation>Remove the volume %1? The files in it are deleted for good.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n volumes? The files in them are deleted for good.</source>
        <translation>
            <numerusform>Remove %n volume? The files in it are deleted for good.</numerusform>
            <numerusform>Remove %n volumes? The files in them are deleted for good.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed the volume %1.</source>
        <translation>Removed the volume %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the volumes %1.</source>
        <translation>Removed the volumes %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not remove the volume %1.</source>
        <translation>Could not remove the volume %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a container</source>
        <translation>a container</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The volume %1 is in use by %2, so it was not removed. Remove those containers first (stopped containers count too).</source>
        <translation>The volume %1 is in use by %2, so it was not removed. Remove those containers first (stopped containers count too).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No volume is unused; there is nothing to prune.</source>
        <translation>No volume is unused; there is nothing to prune.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown owner</source>
        <translation>unknown owner</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Also remove %n unused volume(s) of other people (%1)</source>
        <translation>
            <numerusform>Also remove %n unused volume of other people (%1)</numerusform>
            <numerusform>Also remove %n unused volumes of other people (%1)</numerusform>
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
        <translation>%1, owner: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your volumes is unused. Other people&apos;s unused volumes are kept unless you choose them below.</source>
        <translation>None of your volumes is unused. Other people&apos;s unused volumes are kept unless you choose them below.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n unused volume(s), %1 in all? Their files are deleted for good.</source>
        <translation>
            <numerusform>Remove %n unused volume, %1 in all? Its files are deleted for good.</numerusform>
            <numerusform>Remove %n unused volumes, %1 in all? Their files are deleted for good.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Remove your volumes that no container uses, after showing which (other people&apos;s only when you also choose them)</source>
        <translation>Remove your volumes that no container uses, after showing which (other people&apos;s only when you also choose them)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s volumes</source>
        <translation>Everyone&apos;s volumes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My volumes</source>
        <translation>My volumes</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Prune unused volumes</source>
        <translation>Prune unused volumes</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Remove %n volume(s)</source>
        <translation>
            <numerusform>Remove %n volume</numerusform>
            <numerusform>Remove %n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Removed %n unused volume(s).</source>
        <translation>
            <numerusform>Removed %n unused volume.</numerusform>
            <numerusform>Removed %n unused volumes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removed %n volume(s); kept %1, which came into use meanwhile.</source>
        <translation>
            <numerusform>Removed %n volume; kept %1, which came into use meanwhile.</numerusform>
            <numerusform>Removed %n volumes; kept %1, which came into use meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A volume for pip&apos;s download cache, mounted at /pip_cache, so packages are downloaded once instead of at every run.</source>
        <translation>A volume for pip&apos;s download cache, mounted at /pip_cache, so packages are downloaded once instead of at every run.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading volumes…</source>
        <translation>Loading volumes…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Volumes: %1</source>
        <translation>Volumes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volumes: %1 of yours, %2 in all</source>
        <translation>Volumes: %1 of yours, %2 in all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 in all</source>
        <translation>%1, %2 in all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, unused: %2</source>
        <translation>%1, unused: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (measuring sizes…)</source>
        <translation>%1 (measuring sizes…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New volume name</source>
        <translation>New volume name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected volumes and the files in them</source>
        <translation>Remove the selected volumes and the files in them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune unused…</source>
        <translation>Prune unused…</translation>
    </message>
</context>
</TS>
