"""What scripts/search-engine does before the engine starts: Java and version, download, user, configuration.

The engine is OpenSearch's "integ-test" distribution, fetched from Maven Central with `mvn`
(org.opensearch.distribution.integ-test-zip:opensearch:<version>:zip). Maven's local repository (~/.m2) is
the download cache, and the unpacked distribution is kept under the engine home, so only the first start
downloads. Since 3.x that zip ships all default modules, among them analysis-common (the German filters,
synonym_graph, dictionary_decompounder, ...) and mapper-extras (search_as_you_type). Older zips (2.x) ship
transport-netty4 only; for those the two modules are assembled from their Maven jars (see ensure_module).

Standard library only: this runs before the virtualenv exists.
"""

import glob
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

# Newest integ-test zip on Maven Central that starts here (3.9.0 is not published there); it needs Java 21+.
DEFAULT_VERSION = "3.8.0"
# Last 2.x release, for hosts without Java 21.
FALLBACK_VERSION = "2.19.6"
CLUSTER_NAME = "wissensnetz-search"
# Pinned so that the download step behaves the same everywhere.
MVN_DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
# Bundled modules the project does not use, left out to save start-up time, memory and disk: the gRPC
# transport (clients talk HTTP) and GeoIP (73 MB of databases).
SKIP_MODULES = ("transport-grpc", "ingest-geoip")
# Modules 2.x zips lack: folder name, Maven artifact (G:A), description, candidate plugin classes (the
# class names changed between 2.x and 3.x).
ASSEMBLED_MODULES = (
    (
        "analysis-common",
        "org.opensearch.plugin:analysis-common",
        'Adds "built in" analyzers to OpenSearch.',
        (
            "org.opensearch.analysis.common.CommonAnalysisModulePlugin",
            "org.opensearch.analysis.common.CommonAnalysisPlugin",
        ),
    ),
    (
        "mapper-extras",
        "org.opensearch.plugin:mapper-extras-client",
        "Adds advanced field mappers",
        ("org.opensearch.index.mapper.MapperExtrasModulePlugin", "org.opensearch.index.mapper.MapperExtrasPlugin"),
    ),
)


class EngineError(Exception):
    """A failure the script reports as `search-engine: error: <message>` and exit code 1."""


def log(message):
    """Progress goes to stderr, so that stdout carries only the SEARCH_URL."""
    print(f"search-engine: {message}", file=sys.stderr, flush=True)


def java_major(java_home):
    """Major version of the Java runtime in java_home (17, 25, ...), or None if there is none."""
    java_home = Path(java_home)
    if not os.access(java_home / "bin" / "java", os.X_OK):
        return None
    release = java_home / "release"
    if os.access(release, os.R_OK):  # much faster to read than starting a JVM
        text, pattern = release.read_text(errors="replace"), r'^JAVA_VERSION="(?:1\.)?(\d+)'
    else:
        run = subprocess.run(
            [java_home / "bin" / "java", "-XshowSettings:properties", "-version"], capture_output=True, text=True
        )
        text, pattern = run.stdout + run.stderr, r"^\s*java\.specification\.version = (?:1\.)?(\d+)"
    match = re.search(pattern, text, re.MULTILINE)
    return int(match.group(1)) if match else None


def java_candidates():
    """SEARCH_ENGINE_JAVA_HOME alone if set, else JAVA_HOME, every JDK in /usr/lib/jvm and the `java` on PATH."""
    if os.environ.get("SEARCH_ENGINE_JAVA_HOME"):
        return [os.environ["SEARCH_ENGINE_JAVA_HOME"]]
    candidates = [os.environ["JAVA_HOME"]] if os.environ.get("JAVA_HOME") else []
    candidates += [path.rstrip("/") for path in sorted(glob.glob("/usr/lib/jvm/*/"))]
    if java := shutil.which("java"):
        candidates.append(str(Path(java).resolve().parent.parent))
    return candidates


def pick_java(minimum):
    """The newest candidate Java home whose major version is at least minimum (first one on a tie), or None."""
    best, best_major = None, 0
    for candidate in java_candidates():
        major = java_major(candidate)
        if major is not None and major >= minimum and major > best_major:
            best, best_major = candidate, major
    return best


def choose_version_and_java():
    """(OpenSearch version, Java home): SEARCH_ENGINE_VERSION, else 3.8.0 on Java 21+, else 2.19.6 on Java 11+."""
    version = os.environ.get("SEARCH_ENGINE_VERSION")
    if version:
        try:
            minimum = 21 if int(version.split(".")[0]) >= 3 else 11
        except ValueError:
            raise EngineError(f"SEARCH_ENGINE_VERSION must be a version number like 3.8.0, got '{version}'") from None
        if java_home := pick_java(minimum):
            return version, java_home
        raise EngineError(
            f"OpenSearch {version} needs Java {minimum} or newer; none found (set SEARCH_ENGINE_JAVA_HOME)"
        )
    if java_home := pick_java(21):
        return DEFAULT_VERSION, java_home
    if java_home := pick_java(11):
        log(f"no Java 21+ found, using OpenSearch {FALLBACK_VERSION} on {java_home}")
        return FALLBACK_VERSION, java_home
    raise EngineError("no Java 11+ runtime found (set SEARCH_ENGINE_JAVA_HOME)")


def mvn_fetch(artifact, output_dir):
    """Copy one artifact (G:A:V[:type]) from Maven Central, through ~/.m2, into output_dir."""
    mvn = shutil.which("mvn")
    if not mvn:
        raise EngineError("mvn (Maven) is needed to download OpenSearch")
    # -C: fail on checksum mismatch; -q: only errors. Maven's output is shown only on failure (even -q
    # prints stray terminal escape codes).
    command = [mvn, "-B", "-q", "-C", f"{MVN_DEPENDENCY_PLUGIN}:copy", f"-Dartifact={artifact}"]
    command += [f"-DoutputDirectory={output_dir}", "-Dmdep.overWriteReleases=true"]
    run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if run.returncode != 0:
        print(run.stdout, file=sys.stderr, end="")
        raise EngineError(f"could not fetch {artifact} from Maven Central")


def make_readable(root):
    """`chmod -R a+rX`: the engine user only reads the distribution."""
    for path in [Path(root), *Path(root).rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & 0o111
        path.chmod(mode | 0o444 | (0o111 if executable else 0))


def unzip(archive, target):
    """Unpack archive into target, keeping the Unix file modes (zipfile alone drops them; bin/ needs +x)."""
    with zipfile.ZipFile(archive) as zipped:
        for member in zipped.infolist():
            path = Path(zipped.extract(member, target))
            if mode := (member.external_attr >> 16) & 0o7777:
                path.chmod(mode)


def ensure_module(dist, version, name, artifact, description, classnames):
    """Make sure module `name` exists in dist, else assemble it from its Maven jar.

    Modules are plain folders under modules/ (a jar plus plugin-descriptor.properties); OpenSearch loads every
    folder there at start-up, no `opensearch-plugin install` needed.
    """
    folder = dist / "modules" / name
    if (folder / "plugin-descriptor.properties").is_file():
        return
    log(f"adding module {name} ({artifact}:{version}) to the distribution")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    mvn_fetch(f"{artifact}:{version}:jar", folder)
    make_readable(folder)
    entries = set()
    for jar in folder.glob("*.jar"):
        with zipfile.ZipFile(jar) as zipped:
            entries.update(zipped.namelist())
    classname = next((c for c in classnames if c.replace(".", "/") + ".class" in entries), None)
    if classname is None:
        raise EngineError(f"no plugin class ({' '.join(classnames)}) in {artifact}:{version}")
    # java.version and opensearch.version as in the bundled transport module. No extended.plugins: the only
    # extension point analysis-common offers is for lang-painless, which this distribution does not contain.
    reference = (dist / "modules" / "transport-netty4" / "plugin-descriptor.properties").read_text()
    inherited = [line for line in reference.splitlines() if re.match(r"(java\.version|opensearch\.version)=", line)]
    lines = [f"description={description}", f"version={version}", f"name={name}", f"classname={classname}"]
    lines += [*inherited, "custom.foldername=", "extended.plugins=", "has.native.controller=false"]
    (folder / "plugin-descriptor.properties").write_text("\n".join(lines) + "\n")


def ensure_distribution(dist_root, version):
    """Download (unless cached) and unpack OpenSearch `version` under dist_root; return its folder."""
    dist = dist_root / f"opensearch-{version}"
    if not os.access(dist / "bin" / "opensearch", os.X_OK):
        dist_root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".unpack.", dir=dist_root))
        try:
            log(f"fetching OpenSearch {version} (integ-test zip) with mvn; cached in ~/.m2")
            mvn_fetch(f"org.opensearch.distribution.integ-test-zip:opensearch:{version}:zip", staging)
            unzip(staging / f"opensearch-{version}.zip", staging)
            unpacked = staging / f"opensearch-{version}"
            if not os.access(unpacked / "bin" / "opensearch", os.X_OK):
                raise EngineError(f"unexpected layout of opensearch-{version}.zip")
            for module in SKIP_MODULES:
                shutil.rmtree(unpacked / "modules" / module, ignore_errors=True)
            make_readable(unpacked)
            shutil.rmtree(dist, ignore_errors=True)
            unpacked.rename(dist)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    for module in ASSEMBLED_MODULES:
        ensure_module(dist, version, *module)
    return dist


class Layout:
    """The folders under one engine home (SEARCH_ENGINE_HOME)."""

    def __init__(self, home):
        self.home = home
        self.dist_root = home / "dist"  # unpacked distributions, one per version
        self.conf = home / "config"  # generated on every start
        self.data, self.logs, self.tmp, self.run = home / "data", home / "logs", home / "tmp", home / "run"
        self.pid_file = self.run / "opensearch.pid"  # written by OpenSearch itself (-p)


def engine_user(user):
    """The command prefix that runs a command as the engine user: none unless root, who creates the user."""
    if os.geteuid() != 0:
        return []  # not root: run as the calling user
    try:
        pwd.getpwnam(user)
    except KeyError:
        log(f"creating system user {user}")
        command = ["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent"]
        if subprocess.run([*command, "--shell", "/usr/sbin/nologin", user]).returncode != 0:
            raise EngineError(f"could not create system user {user}") from None
    return ["runuser", "-u", user, "--"]


def write_config(layout, dist, port, heap, jvm_opts, user):
    """Fresh configuration from the distribution's defaults plus ours (an earlier keystore stays); when root,
    hand the folders to the engine user and check early that it can use them."""
    for folder in (layout.conf, layout.data, layout.logs, layout.tmp, layout.run):
        folder.mkdir(parents=True, exist_ok=True)
    # copyfile, as `cp -R`: new files get modes from the umask, not the zip's group-writable ones.
    shutil.copytree(dist / "config", layout.conf, copy_function=shutil.copyfile, dirs_exist_ok=True)
    # jvm.options uses paths relative to the working directory; make them absolute, keep the GC log small.
    jvm_options = layout.conf / "jvm.options"
    text = jvm_options.read_text()
    for old, new in (
        ("-javaagent:agent/", f"-javaagent:{dist}/agent/"),
        ("HeapDumpPath=data", f"HeapDumpPath={layout.tmp}"),
        ("ErrorFile=logs/", f"ErrorFile={layout.logs}/"),
        ("file=logs/gc.log", f"file={layout.logs}/gc.log"),
        ("filecount=32,filesize=64m", "filecount=2,filesize=16m"),
    ):
        text = text.replace(old, new)
    jvm_options.write_text(text)
    (layout.conf / "jvm.options.d").mkdir(exist_ok=True)
    options = [f"-Xms{heap}", f"-Xmx{heap}", *jvm_opts]
    (layout.conf / "jvm.options.d" / "wissensnetz.options").write_text("\n".join(options) + "\n")
    (layout.conf / "opensearch.yml").write_text(f"""\
# Generated by scripts/search-engine on every start; edit the script instead.
cluster.name: {CLUSTER_NAME}
node.name: {CLUSTER_NAME}
path.data: {layout.data}
path.logs: {layout.logs}
# Loopback only: HTTP on {port}, the transport layer on its default range (9300+).
network.host: 127.0.0.1
http.port: {port}
# One node, no discovery of peers, no bootstrap of a multi-node cluster.
discovery.type: single-node
bootstrap.memory_lock: false
# A nearly full developer disk must not turn the indices read-only.
cluster.routing.allocation.disk.threshold_enabled: false
""")
    if os.geteuid() != 0:
        return
    account = pwd.getpwnam(user)
    folders = [layout.conf, layout.logs, layout.tmp, layout.run]
    if layout.data.stat().st_uid != account.pw_uid:  # data can be large: only fix its ownership when wrong
        folders.append(layout.data)
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            os.lchown(path, account.pw_uid, account.pw_gid)
    access = ["test", "-r", dist / "bin" / "opensearch", "-a", "-w", layout.data, "-a", "-w", layout.conf]
    if subprocess.run([*engine_user(user), *access]).returncode != 0:
        raise EngineError(f"user {user} cannot use {layout.home} (check the permissions of its parent folders)")
