import Foundation
import OpenAIFineTuning

/// The generated type for one of OpenAI's schema names: how the fixture tests and the JSON
/// fuzzer decode a payload.
public struct PayloadType: Sendable {
  /// Decodes a payload as the type.
  public let decode: @Sendable (Data) throws -> any Codable & Validatable & Sendable
  /// Whether two decoded values of the type are equal.
  public let equal: @Sendable (any Sendable, any Sendable) -> Bool

  public init<Value: Codable & Validatable & Hashable & Sendable>(_ type: Value.Type) {
    decode = { data in try JSONDecoder().decode(Value.self, from: data) }
    equal = { lhs, rhs in (lhs as? Value) == (rhs as? Value) }
  }

  /// Decodes, then encodes again.
  public func roundTrip(_ data: Data) throws -> Data {
    try JSONEncoder().encode(decode(data))
  }

  /// OpenAI's schema names mapped to this project's types.
  public static let byOpenAIName: [String: PayloadType] = [
    "CreateFineTuningJobRequest": PayloadType(CreateFineTuningJobRequest.self),
    "FineTuningJob": PayloadType(FineTuningJob.self),
    "FineTuningJobEvent": PayloadType(FineTuningJobEvent.self),
    "ListPaginatedFineTuningJobsResponse": PayloadType(ListPaginatedFineTuningJobsResponse.self),
    "ListFineTuningJobEventsResponse": PayloadType(ListFineTuningJobEventsResponse.self),
    "ListFineTuningJobCheckpointsResponse": PayloadType(ListFineTuningJobCheckpointsResponse.self),
    "GraderStringCheck": PayloadType(StringCheckGrader.self),
    "GraderTextSimilarity": PayloadType(TextSimilarityGrader.self),
    "GraderPython": PayloadType(PythonGrader.self),
    "GraderScoreModel": PayloadType(ScoreModelGrader.self),
    "GraderLabelModel": PayloadType(LabelModelGrader.self),
    "GraderMulti": PayloadType(MultiGrader.self),
    "RunGraderRequest": PayloadType(RunGraderRequest.self),
    "RunGraderResponse": PayloadType(RunGraderResponse.self),
    "ValidateGraderRequest": PayloadType(ValidateGraderRequest.self),
    "ValidateGraderResponse": PayloadType(ValidateGraderResponse.self),
    "FineTuningCheckpointPermission": PayloadType(FineTuningCheckpointPermission.self),
    "CreateFineTuningCheckpointPermissionRequest": PayloadType(
      CreateFineTuningCheckpointPermissionRequest.self),
    "DeleteFineTuningCheckpointPermissionResponse": PayloadType(
      DeleteFineTuningCheckpointPermissionResponse.self),
    "WebhookFineTuningJobSucceeded": PayloadType(WebhookFineTuningJobSucceeded.self),
  ]
}
