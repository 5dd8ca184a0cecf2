using DevDb.Common;
using DevDb.Configuration;
using DevDb.Connections;

namespace DevDb;

/// <summary>What the user gave on the command line; null means not given.</summary>
public sealed record DevDbArguments
{
    public string? ConfigPath { get; init; }
    public ServerArguments Production { get; init; } = ServerArguments.None;
    public ServerArguments Development { get; init; } = ServerArguments.None;
    public string? SchemaFile { get; init; }
    public string? DumpFile { get; init; }
    public bool Force { get; init; }

    /// <summary>InitDevDb: the config is to be written, not read.</summary>
    public bool WritesConfig { get; init; }
}

/// <summary>
/// Everything the processes need, resolved once: the repository's paths, the config, and both
/// connections. Relative paths are taken from the repository root, whatever the working directory.
/// </summary>
public sealed class DevDbSettings
{
    public required string RepositoryRoot { get; init; }

    /// <summary>The config file: devdb.yml at the repository root, or --config.</summary>
    public required string ConfigPath { get; init; }
    public required SqlFiles Sql { get; init; }
    public required DevDbConfig Config { get; init; }
    public required ServerSettings Production { get; init; }
    public required ServerSettings Development { get; init; }
    public required PasswordSource Passwords { get; init; }
    public required string SchemaFile { get; init; }
    public required string DumpFile { get; init; }
    public required Reporter Reporter { get; init; }
    public bool Force { get; init; }

    /// <summary>Whether actions end by writing the dump: --dump given, or dump_file in the config.</summary>
    public bool PublishDump { get; init; }

    /// <summary>GITHUB_STEP_SUMMARY: where a GitHub Actions step's Markdown summary goes.</summary>
    public string? StepSummaryPath { get; init; }

    /// <summary>DEVDB_MASK_KEY: never printed, never stored.</summary>
    public string? MaskKey { get; init; }

    public const string DefaultConfigFile = "devdb.yml";

    public static DevDbSettings Resolve(DevDbArguments arguments, string repositoryRoot, Reporter reporter,
        Func<string, string?>? environment = null, string? homeDirectory = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        homeDirectory ??= Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        repositoryRoot = Path.GetFullPath(repositoryRoot);

        var configPath = arguments.ConfigPath is null
            ? Path.Combine(repositoryRoot, DefaultConfigFile)
            : Path.GetFullPath(arguments.ConfigPath, repositoryRoot);
        var config = arguments.WritesConfig
            ? DevDbConfig.Empty with { SourcePath = configPath }
            : ConfigLoader.LoadFile(configPath, required: arguments.ConfigPath is not null);

        var passwords = new PasswordSource(environment, homeDirectory, reporter.Warn);
        var production = ConnectionResolver.Resolve(arguments.Production, config.Production,
            ConnectionResolver.DefaultProductionDatabase, environment, passwords);
        var development = ConnectionResolver.Resolve(arguments.Development, config.Development,
            ConnectionResolver.DefaultDevelopmentDatabase, environment, passwords);

        return new DevDbSettings
        {
            RepositoryRoot = repositoryRoot,
            ConfigPath = configPath,
            Sql = new SqlFiles(Path.Combine(repositoryRoot, "sql")),
            Config = config,
            Production = production,
            Development = development,
            Passwords = passwords,
            SchemaFile = Path.GetFullPath(arguments.SchemaFile ?? config.SchemaFile ?? "schema.sql", repositoryRoot),
            DumpFile = Path.GetFullPath(arguments.DumpFile ?? config.DumpFile ?? "devdb.dump", repositoryRoot),
            Reporter = reporter,
            Force = arguments.Force,
            MaskKey = environment("DEVDB_MASK_KEY") is { Length: > 0 } key ? key : null,
            PublishDump = arguments.DumpFile is not null || config.DumpFile is not null,
            StepSummaryPath = environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary ? summary : null,
        };
    }

    /// <summary>The developer server's maintenance database, for creating and dropping the developer database.</summary>
    public ServerSettings DevelopmentMaintenance => Development.WithDatabase("postgres", Passwords);

    public Database OpenProduction() => Database.Open("production", Production, readOnly: true);
    public Database OpenDevelopment() => Database.Open("developer database", Development);

    /// <summary>What one action's processes share: the staging database they build, when they build one.</summary>
    public RunState Run { get; } = new();

    /// <summary>The database the processes write: this action's staging database, or the developer database itself.</summary>
    public Database OpenTarget() => Run.Staging is { } staging
        ? Database.Open("developer database (staging)", Development.WithDatabase(staging, Passwords))
        : OpenDevelopment();

    /// <summary>Where a rebuild goes until it is complete and verified.</summary>
    public string StagingDatabase => (Development.Database.Length > 55 ? Development.Database[..55] : Development.Database) + "__next";
    public Database OpenDevelopmentMaintenance() => Database.Open("developer server", DevelopmentMaintenance);

    /// <summary>Finds the repository root by walking up from <paramref name="start"/> to the folder holding sql/ and global.json.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "global.json")) && Directory.Exists(Path.Combine(dir.FullName, "sql")))
                return dir.FullName;
        throw new DevDbException($"cannot find the DevDb repository root above {start}");
    }
}

/// <summary>State shared by the processes of one action.</summary>
public sealed class RunState
{
    /// <summary>Set once setup (or the schema step) prepared a staging database for this action.</summary>
    public string? Staging { get; set; }
}
