"""What scripts/search-engine does before the engine starts: Java and version, download, user, configuration.

The engine is OpenSearch's "integ-test" distribution, fetched from Maven Central with `mvn`
(org.opensearch.distribution.integ-test-zip:opensearch:<version>:zip). Maven's local repository (~/.m2) is
the download cache, and the unpacked distribution is kept under the engine home, so only the first start
downloads. Since 3.x that zip ships all default modules, among them analysis-common (the German filters,
synonym_graph, dictionary_decompounder, ...) and mapper-extras (search_as_you_type). Older zips (2.x) ship
transport-netty4 only; for those the two modules are assembled from their Maven jars (see ensure_module).

With SEARCH_ENGINE_FLAVOUR=elasticsearch it is Elasticsearch's integ-test distribution instead
(org.elasticsearch.distribution.integ-test-zip:elasticsearch:<version>:zip). That zip holds the modules
apm, transport-netty4, x-pack-core and x-pack-security only: no analysis-common and no mapper-extras, so
indices on it use the portable analysis profile (search.analysis). Maven Central serves no checksum for
it, so the script checks the SHA-512 pinned in ELASTICSEARCH_SHA512 instead.

Standard library only: this runs before the virtualenv exists.
"""

import glob
import hashlib
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
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


# The Elasticsearch integ-test zip: its newest release seen on Maven Central, and the SHA-512 of each zip
# the script accepts (Central has no checksum files for it; SEARCH_ENGINE_SHA512 admits another version).
ELASTICSEARCH_VERSION = "9.5.0"
ELASTICSEARCH_SHA512 = {
    "9.5.0": "c06bd4ef7691da91052cada7bb255b2d7c48a1422820a8db0e3e3a1ed0dde4e8"
    "d380cdbadeb7029cc56167b9ad3a6d89f6b8edbc48d4b8685d1ab24a7ab17dd5",
}


@dataclass(frozen=True)
class Flavour:
    """What differs between the two engines the script runs: names, defaults, launcher and configuration."""

    name: str  # as in SEARCH_URL: opensearch, elasticsearch
    title: str
    port: int  # default HTTP port
    home: str  # default SEARCH_ENGINE_HOME, below the repository
    env: str  # prefix of the launcher's environment variables (<env>_JAVA_HOME, <env>_PATH_CONF, ...)
    # A JVM argument of the engine's process that tells it apart from other engines', with {conf} and
    # {dist_root}; ending in "/", a prefix (Elasticsearch passes its config folder in the environment).
    process_marker: str
    config_file: str
    java_minimums: tuple  # (first major version, oldest Java it runs on) pairs, newest first
    jvm_paths: tuple  # (text in jvm.options, replacement with {dist} and {logs}, {tmp}) pairs
    extra_config: str  # lines for the config file beyond the shared ones


OPENSEARCH = Flavour(
    name="opensearch",
    title="OpenSearch",
    port=9200,
    home=".search-engine",
    env="OPENSEARCH",
    process_marker="-Dopensearch.path.conf={conf}",
    config_file="opensearch.yml",
    java_minimums=((3, 21), (0, 11)),
    jvm_paths=(
        ("-javaagent:agent/", "-javaagent:{dist}/agent/"),
        ("HeapDumpPath=data", "HeapDumpPath={tmp}"),
        ("ErrorFile=logs/", "ErrorFile={logs}/"),
        ("file=logs/gc.log", "file={logs}/gc.log"),
    ),
    extra_config="",
)
ELASTICSEARCH = Flavour(
    name="elasticsearch",
    title="Elasticsearch",
    port=9201,
    home=".search-engine-elasticsearch",
    env="ES",
    process_marker="-Des.path.home={dist_root}/",
    config_file="elasticsearch.yml",
    java_minimums=((9, 21), (0, 17)),
    jvm_paths=(
        ("ErrorFile=hs_err", "ErrorFile={logs}/hs_err"),
        ("file=gc.log", "file={logs}/gc.log"),
    ),
    # Without security there are no users, TLS or enrolment (the first start would otherwise generate
    # certificates); the APM module stays, its tracing and metrics are off unless configured.
    extra_config="""\
# No users, TLS or enrolment: a local test node on the loopback interface.
xpack.security.enabled: false
""",
)
FLAVOURS = {flavour.name: flavour for flavour in (OPENSEARCH, ELASTICSEARCH)}


def flavour_from_environment():
    """The Flavour SEARCH_ENGINE_FLAVOUR names (default opensearch)."""
    name = os.environ.get("SEARCH_ENGINE_FLAVOUR") or "opensearch"
    if name not in FLAVOURS:
        raise EngineError(f"SEARCH_ENGINE_FLAVOUR must be one of {', '.join(FLAVOURS)}, got '{name}'")
    return FLAVOURS[name]


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


def choose_version_and_java(flavour=OPENSEARCH):
    """(version, Java home). OpenSearch: SEARCH_ENGINE_VERSION, else 3.8.0 on Java 21+, else 2.19.6 on Java
    11+. Elasticsearch: SEARCH_ENGINE_VERSION, else ELASTICSEARCH_VERSION, on Java 21+ (17+ for 8.x)."""
    version = os.environ.get("SEARCH_ENGINE_VERSION")
    if flavour is ELASTICSEARCH:
        version = version or ELASTICSEARCH_VERSION
    if version:
        try:
            major = int(version.split(".")[0])
        except ValueError:
            raise EngineError(f"SEARCH_ENGINE_VERSION must be a version number like 3.8.0, got '{version}'") from None
        minimum = next(java for first, java in flavour.java_minimums if major >= first)
        if java_home := pick_java(minimum):
            return version, java_home
        raise EngineError(
            f"{flavour.title} {version} needs Java {minimum} or newer; none found (set SEARCH_ENGINE_JAVA_HOME)"
        )
    if java_home := pick_java(21):
        return DEFAULT_VERSION, java_home
    if java_home := pick_java(11):
        log(f"no Java 21+ found, using OpenSearch {FALLBACK_VERSION} on {java_home}")
        return FALLBACK_VERSION, java_home
    raise EngineError("no Java 11+ runtime found (set SEARCH_ENGINE_JAVA_HOME)")


def mvn_fetch(artifact, output_dir, checksums=True):
    """Copy one artifact (G:A:V[:type]) from Maven Central, through ~/.m2, into output_dir.

    checksums=False for artifacts Central has no checksum files for (the caller checks a pinned hash).
    """
    mvn = shutil.which("mvn")
    if not mvn:
        raise EngineError("mvn (Maven) is needed to download the search engine")
    # -C: fail on a checksum mismatch or a missing checksum; -q: only errors. Maven's output is shown only
    # on failure (even -q prints stray terminal escape codes).
    policy = ["-C"] if checksums else []
    command = [mvn, "-B", "-q", *policy, f"{MVN_DEPENDENCY_PLUGIN}:copy", f"-Dartifact={artifact}"]
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


def sha512(path):
    """Hex SHA-512 of a file."""
    digest = hashlib.sha512()
    with open(path, "rb") as data:
        while block := data.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def fetch_elasticsearch(version, staging):
    """Fetch the Elasticsearch integ-test zip into staging and check it against its pinned SHA-512."""
    expected = os.environ.get("SEARCH_ENGINE_SHA512") or ELASTICSEARCH_SHA512.get(version)
    if not expected:
        raise EngineError(
            f"no SHA-512 pinned for Elasticsearch {version} (pinned: {', '.join(ELASTICSEARCH_SHA512)}); "
            "set SEARCH_ENGINE_SHA512 to the hash of the zip you trust"
        )
    log(f"fetching Elasticsearch {version} (integ-test zip) with mvn; cached in ~/.m2")
    mvn_fetch(f"org.elasticsearch.distribution.integ-test-zip:elasticsearch:{version}:zip", staging, checksums=False)
    archive = staging / f"elasticsearch-{version}.zip"
    if (actual := sha512(archive)) != expected.lower():
        raise EngineError(f"elasticsearch-{version}.zip has SHA-512 {actual}, expected {expected}")
    return archive


def ensure_distribution(dist_root, version, flavour=OPENSEARCH):
    """Download (unless cached) and unpack `version` of the flavour under dist_root; return its folder."""
    dist = dist_root / f"{flavour.name}-{version}"
    if not os.access(dist / "bin" / flavour.name, os.X_OK):
        dist_root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".unpack.", dir=dist_root))
        try:
            if flavour is ELASTICSEARCH:
                archive = fetch_elasticsearch(version, staging)
            else:
                log(f"fetching OpenSearch {version} (integ-test zip) with mvn; cached in ~/.m2")
                mvn_fetch(f"org.opensearch.distribution.integ-test-zip:opensearch:{version}:zip", staging)
                archive = staging / f"opensearch-{version}.zip"
            unzip(archive, staging)
            unpacked = staging / f"{flavour.name}-{version}"
            if not os.access(unpacked / "bin" / flavour.name, os.X_OK):
                raise EngineError(f"unexpected layout of {archive.name}")
            for module in SKIP_MODULES:
                shutil.rmtree(unpacked / "modules" / module, ignore_errors=True)
            make_readable(unpacked)
            shutil.rmtree(dist, ignore_errors=True)
            unpacked.rename(dist)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    if flavour is OPENSEARCH:
        for module in ASSEMBLED_MODULES:
            ensure_module(dist, version, *module)
    return dist


class Layout:
    """The folders under one engine home (SEARCH_ENGINE_HOME)."""

    def __init__(self, home, flavour=OPENSEARCH):
        self.home = home
        self.flavour = flavour
        self.dist_root = home / "dist"  # unpacked distributions, one per version
        self.conf = home / "config"  # generated on every start
        self.data, self.logs, self.tmp, self.run = home / "data", home / "logs", home / "tmp", home / "run"
        self.pid_file = self.run / f"{flavour.name}.pid"  # written by the engine itself (-p)


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
    for old, new in (*layout.flavour.jvm_paths, ("filecount=32,filesize=64m", "filecount=2,filesize=16m")):
        text = text.replace(old, new.format(dist=dist, logs=layout.logs, tmp=layout.tmp))
    jvm_options.write_text(text)
    (layout.conf / "jvm.options.d").mkdir(exist_ok=True)
    options = [f"-Xms{heap}", f"-Xmx{heap}", *jvm_opts]
    (layout.conf / "jvm.options.d" / "wissensnetz.options").write_text("\n".join(options) + "\n")
    (layout.conf / layout.flavour.config_file).write_text(f"""\
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
{layout.flavour.extra_config}""")
    if os.geteuid() != 0:
        return
    account = pwd.getpwnam(user)
    folders = [layout.conf, layout.logs, layout.tmp, layout.run]
    if layout.data.stat().st_uid != account.pw_uid:  # data can be large: only fix its ownership when wrong
        folders.append(layout.data)
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            os.lchown(path, account.pw_uid, account.pw_gid)
    access = ["test", "-r", dist / "bin" / layout.flavour.name, "-a", "-w", layout.data, "-a", "-w", layout.conf]
    if subprocess.run([*engine_user(user), *access]).returncode != 0:
        raise EngineError(f"user {user} cannot use {layout.home} (check the permissions of its parent folders)")
