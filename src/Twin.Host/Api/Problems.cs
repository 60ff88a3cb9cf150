using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Grains.Abstractions.Runs;
using Twin.Host.Api.Documents;

namespace Twin.Host.Api;

/// <summary>The API's errors, each an RFC 7807 problem.</summary>
internal static class Problems
{
    public static ProblemHttpResult UnknownScenario(string name) => TypedResults.Problem(
        $"no scenario '{name}': GET /api/scenarios lists them", statusCode: StatusCodes.Status404NotFound,
        title: "Unknown scenario");

    public static ProblemHttpResult UnknownNode(string scenario, string node) => TypedResults.Problem(
        $"scenario '{scenario}' has no node '{node}'", statusCode: StatusCodes.Status404NotFound,
        title: "Unknown node");

    public static ProblemHttpResult UnknownPark(string detail) => TypedResults.Problem(detail,
        statusCode: StatusCodes.Status404NotFound, title: "Unknown park");

    public static ProblemHttpResult RunInProgress(ScenarioStatus status) => TypedResults.Problem(
        $"run {status.Run} of '{status.Scenario}' is still going; wait for it to end",
        statusCode: StatusCodes.Status409Conflict, title: "Run in progress",
        extensions: new Dictionary<string, object?> { ["latest_run"] = StatusDocument.From(status) });

    public static ProblemHttpResult NoResults(ScenarioStatus status) => TypedResults.Problem(
        status.State switch
        {
            RunState.NotRun => $"'{status.Scenario}' has not been run: POST its run first",
            RunState.Running => $"run {status.Run} of '{status.Scenario}' is still going",
            _ => $"the latest run of '{status.Scenario}' ended {StatusDocument.StateName(status.State)}",
        },
        statusCode: StatusCodes.Status409Conflict, title: "No results",
        extensions: new Dictionary<string, object?> { ["latest_run"] = StatusDocument.From(status) });

    public static ProblemHttpResult InvalidScenario(string scenario, IEnumerable<string> issues) =>
        TypedResults.Problem($"scenario '{scenario}' cannot run: its topology has problems",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Invalid scenario",
            extensions: new Dictionary<string, object?> { ["problems"] = issues.ToArray() });

    /// <summary>An overlay that `twin validate` would refuse, with its messages, one per problem.</summary>
    public static ProblemHttpResult InvalidOverlay(string detail, IEnumerable<string> problems) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid overlay",
            extensions: new Dictionary<string, object?> { ["problems"] = problems.ToArray() });

    public static ProblemHttpResult EmptyBody() => TypedResults.Problem(
        "send the overlay (YAML or JSON, the topology's scenario format) as the request body",
        statusCode: StatusCodes.Status400BadRequest, title: "Invalid overlay",
        extensions: new Dictionary<string, object?> { ["problems"] = Array.Empty<string>() });

    public static ProblemHttpResult BodyTooLarge(long limit) => TypedResults.Problem(
        $"the request body is larger than {limit} bytes", statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Body too large");

    public static ProblemHttpResult NameTaken(string detail) => TypedResults.Problem(detail,
        statusCode: StatusCodes.Status409Conflict, title: "Scenario exists");

    public static ProblemHttpResult WrittenInFiles(string scenario) => TypedResults.Problem(
        $"'{scenario}' is written in the topology files; only scenarios created over HTTP can be deleted",
        statusCode: StatusCodes.Status409Conflict, title: "Scenario from files");

    public static ProblemHttpResult IsBase(string scenario, IReadOnlyList<string> dependents) =>
        TypedResults.Problem($"'{scenario}' is the base of {string.Join(", ", dependents)}: delete those first",
            statusCode: StatusCodes.Status409Conflict, title: "Scenario is a base",
            extensions: new Dictionary<string, object?> { ["dependents"] = dependents });

    public static ProblemHttpResult BadQuery(string detail) => TypedResults.Problem(detail,
        statusCode: StatusCodes.Status400BadRequest, title: "Bad query");
}
