using System.Diagnostics;
using System.Net.Sockets;
using DevDb.Common;
using Npgsql;

namespace DevDb.Connections;

/// <summary>
/// One open connection with a role name for messages ("production", "developer database").
/// Connection failures and SQL errors become one-line <see cref="DevDbException"/>s; the SQL that
/// failed is kept on the exception for tests and verbose logs, never the password.
/// </summary>
public sealed class Database : IAsyncDisposable, IDisposable
{
    Database(string role, ServerSettings settings, NpgsqlConnection connection)
    {
        Role = role;
        Settings = settings;
        Connection = connection;
    }

    public string Role { get; }
    public ServerSettings Settings { get; }
    public NpgsqlConnection Connection { get; }

    public static Database Open(string role, ServerSettings settings, bool readOnly = false, string applicationName = "devdb")
    {
        var connection = new NpgsqlConnection(settings.ConnectionString(readOnly, applicationName));
        try
        {
            connection.Open();
            return new Database(role, settings, connection);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException or IOException)
        {
            connection.Dispose();
            throw ConnectionError(role, settings, e);
        }
    }

    /// <summary>Turns a failure to connect into the sentence a user needs.</summary>
    public static DevDbException ConnectionError(string role, ServerSettings s, Exception e)
    {
        var where = s.IsUnixSocket ? $"socket {s.Host} port {s.Port}" : $"{s.Host}:{s.Port}";
        var root = Innermost(e);
        var message = e switch
        {
            PostgresException { SqlState: "28P01" } => $"{role}: password authentication failed for user \"{s.User}\" at {where}",
            PostgresException { SqlState: "3D000" } => $"{role}: database \"{s.Database}\" does not exist at {where}",
            PostgresException { SqlState: "28000" } pe => $"{role}: {pe.MessageText} (at {where})",
            PostgresException pe => $"{role}: {pe.MessageText} (at {where})",
            NpgsqlException when e.Message.Contains("No password has been provided", StringComparison.Ordinal)
                => $"{role}: the server at {where} requires a password for user \"{s.User}\"; set PGPASSWORD or add it to ~/.pgpass",
            _ when root is SocketException se => $"{role}: cannot reach the server at {where}: {Describe(se)}",
            _ when root is TimeoutException => $"{role}: timed out connecting to {where}",
            _ => $"{role}: cannot connect to {where}: {root.Message.Split('\n')[0]}",
        };
        return new DevDbException(message, ExitCodes.Connection, e);
    }

    static string Describe(SocketException se) => se.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "connection refused (is PostgreSQL running there?)",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "unknown host",
        SocketError.TimedOut => "timed out",
        _ => se.Message,
    };

    static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null && e is not PostgresException) e = e.InnerException;
        return e;
    }

    public NpgsqlCommand Command(string sql, params object?[] parameters)
    {
        var command = new NpgsqlCommand(sql, Connection) { CommandTimeout = 0 };
        foreach (var p in parameters) command.Parameters.Add(Parameter(p));
        return command;
    }

    /// <summary>A value bound as a parameter: a prepared parameter as it is, null as SQL NULL.</summary>
    static NpgsqlParameter Parameter(object? value) => value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value };

    /// <summary>Runs SQL (possibly several statements when it has no parameters) and returns rows affected.</summary>
    public int Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return Run(sql, () => command.ExecuteNonQuery());
    }

    /// <summary>
    /// Runs one statement once per parameter list, all sent in one round trip (the server still runs
    /// them one after another, in order); returns the rows they affected together.
    /// </summary>
    public long ExecuteEach(string sql, IEnumerable<object?[]> parameterLists)
    {
        using var batch = new NpgsqlBatch(Connection) { Timeout = 0 };
        var commands = new List<NpgsqlBatchCommand>();
        foreach (var parameters in parameterLists)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var p in parameters) command.Parameters.Add(Parameter(p));
            batch.BatchCommands.Add(command);
            commands.Add(command);
        }
        if (commands.Count == 0) return 0;
        return Run(sql, () =>
        {
            batch.ExecuteNonQuery();
            return commands.Sum(c => (long)c.RecordsAffected);
        });
    }

    /// <summary>Runs statements without parameters, then a query, all in one round trip; the query's first value.</summary>
    public T? ScalarAfter<T>(IEnumerable<string> statements, string query)
    {
        using var batch = new NpgsqlBatch(Connection) { Timeout = 0 };
        var all = statements.Append(query).ToList();
        foreach (var statement in all) batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
        return Run(string.Join(";\n", all), () =>
        {
            var value = batch.ExecuteScalar();
            return value is null or DBNull ? default : (T)value;
        });
    }

    public T? Scalar<T>(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return Run(sql, () =>
        {
            var value = command.ExecuteScalar();
            return value is null or DBNull ? default : (T)value;
        });
    }

    public List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> map, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return Run(sql, () =>
        {
            var rows = new List<T>();
            using var reader = command.ExecuteReader();
            while (reader.Read()) rows.Add(map(reader));
            return rows;
        });
    }

    public NpgsqlTransaction Begin() => Connection.BeginTransaction();

    /// <summary>Runs <paramref name="action"/>, turning server errors into one-line messages that keep the SQL.</summary>
    public T Run<T>(string sql, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (PostgresException e)
        {
            throw new SqlFailedException(Role, e, sql);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or SocketException)
        {
            throw ConnectionError(Role, Settings, e);
        }
    }

    public static Stopwatch Time() => Stopwatch.StartNew();

    public void Dispose() => Connection.Dispose();
    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}

/// <summary>A statement the server rejected; <see cref="Sql"/> is the text that ran.</summary>
public sealed class SqlFailedException : DevDbException
{
    public SqlFailedException(string role, PostgresException e, string sql)
        : base($"{role}: {e.MessageText}" + (e.Detail is { Length: > 0 } d && !d.Contains('\n') ? $" ({d})" : ""), ExitCodes.Failed, e)
    {
        Sql = sql;
        SqlState = e.SqlState;
    }

    public string Sql { get; }
    public string SqlState { get; }
}
