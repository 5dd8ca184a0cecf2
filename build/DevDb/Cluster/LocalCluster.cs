using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DevDb.Common;
using DevDb.Tools;

namespace DevDb.Cluster;

/// <summary>
/// A throwaway PostgreSQL cluster made from the installed server binaries, listening on 127.0.0.1
/// only. initdb refuses to run as root, so as root the cluster belongs to the postgres OS user;
/// anyone else owns their own. Local connections as the superuser are trusted; every other role
/// must give a password (scram), so tests can prove password handling.
/// </summary>
public sealed class LocalCluster
{
    public LocalCluster(string directory, int port)
    {
        Directory_ = Path.GetFullPath(directory);
        Port = port;
    }

    string Directory_ { get; }
    public string DataDirectory => Path.Combine(Directory_, "data");
    public string LogFile => Path.Combine(Directory_, "server.log");
    public int Port { get; }
    public string Host => "127.0.0.1";
    public const string Superuser = "postgres";

    public static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>Whether the postgres OS user can reach <paramref name="path"/> (only asked when we are root).</summary>
    public static bool PostgresCanReach(string path) =>
        !IsRoot || PgTools.Run(FindRunuser(), ["-u", "postgres", "--", "test", "-x", path], new Dictionary<string, string?>()).ExitCode == 0;

    public bool IsInitialized => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    public bool IsRunning => File.Exists(Path.Combine(DataDirectory, "postmaster.pid")) && Run("pg_ctl", "status", "-D", DataDirectory).ExitCode == 0;

    /// <summary>Initializes the cluster if needed and starts it if stopped; returns once it accepts connections.</summary>
    public void Start(Reporter? reporter = null)
    {
        if (!IsInitialized)
        {
            Directory.CreateDirectory(Directory_);
            if (IsRoot)
            {
                Chown(Directory_);
                CheckReachableByPostgres(Directory_);
            }
            reporter?.Info($"Initializing a local PostgreSQL cluster in {Directory_}");
            var init = Run("initdb", "-D", DataDirectory, "-U", Superuser, "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust", "--no-sync");
            if (init.ExitCode != 0) throw new DevDbException($"initdb failed: {PgTools.FirstError(init.StandardError + init.StandardOutput)}", ExitCodes.ExternalTool);
            File.WriteAllText(Path.Combine(DataDirectory, "pg_hba.conf"),
                "# throwaway cluster: the superuser is trusted locally, every other role needs its password\n" +
                $"host all {Superuser} 127.0.0.1/32 trust\n" +
                "host all all 127.0.0.1/32 scram-sha-256\n");
            File.AppendAllText(Path.Combine(DataDirectory, "postgresql.conf"),
                "\n# DevDb throwaway cluster\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n" +
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 100\nshared_buffers = 256MB\n");
        }
        if (IsRunning) return;
        if (PortInUse(Port))
            throw new DevDbException($"port {Port} on 127.0.0.1 is taken by another program; stop it or choose another port", ExitCodes.ExternalTool);
        var start = Run("pg_ctl", "start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile, "-o", "-p " + Port.ToString(CultureInfo.InvariantCulture));
        if (start.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? File.ReadLines(LogFile).LastOrDefault(l => l.Contains("FATAL") || l.Contains("ERROR")) : null;
            throw new DevDbException($"could not start PostgreSQL in {DataDirectory}: {log ?? PgTools.FirstError(start.StandardError + start.StandardOutput)}", ExitCodes.ExternalTool);
        }
        reporter?.Info($"PostgreSQL running on {Host}:{Port}");
    }

    public void Stop(bool immediate = false)
    {
        if (!IsInitialized || !File.Exists(Path.Combine(DataDirectory, "postmaster.pid"))) return;
        Run("pg_ctl", "stop", "-w", "-m", immediate ? "immediate" : "fast", "-D", DataDirectory);
    }

    /// <summary>Stops the cluster at once (its data is thrown away) and deletes its files.</summary>
    public void Destroy()
    {
        Stop(immediate: true);
        if (Directory.Exists(Directory_)) Directory.Delete(Directory_, recursive: true);
    }

    public string ConnectionString(string database = "postgres") =>
        $"Host={Host};Port={Port};Username={Superuser};Database={database};Pooling=false;Timeout=10";

    static bool PortInUse(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return false;
        }
        catch (SocketException) { return true; }
    }

    /// <summary>Runs a server program: as the postgres OS user when we are root.</summary>
    static PgTools.Result Run(string program, params string[] arguments)
    {
        var path = PgTools.Find(program);
        if (!IsRoot) return PgTools.Run(path, arguments, new Dictionary<string, string?>());
        return PgTools.Run(FindRunuser(), ["-u", "postgres", "--", path, .. arguments], new Dictionary<string, string?>());
    }

    static string FindRunuser() =>
        new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser" }.FirstOrDefault(File.Exists)
        ?? throw new DevDbException("running as root, but runuser is missing: cannot start PostgreSQL as the postgres user", ExitCodes.ExternalTool);

    static void Chown(string path)
    {
        var result = PgTools.Run("/bin/chown", ["-R", "postgres:postgres", path], new Dictionary<string, string?>());
        if (result.ExitCode != 0)
            throw new DevDbException($"cannot give {path} to the postgres OS user (is PostgreSQL's server package installed?): {result.StandardError.Trim()}", ExitCodes.ExternalTool);
    }

    static void CheckReachableByPostgres(string path)
    {
        var result = PgTools.Run(FindRunuser(), ["-u", "postgres", "--", "test", "-w", path], new Dictionary<string, string?>());
        if (result.ExitCode != 0)
            throw new DevDbException($"the postgres OS user cannot reach {path}; a parent folder is closed to it (check permissions of its parent folders)", ExitCodes.ExternalTool);
    }
}
