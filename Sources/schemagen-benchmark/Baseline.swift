import OpenAIFineTuning

// The baseline: the job and event types as a person writes them by hand, with the compiler's
// synthesized `Codable` (custom code only where JSON has a choice: "auto" or a number, and the
// grader's tagged union). They decode the same fields as the generated types, and nothing
// more: no unknown values kept, no undeclared properties, no absent-versus-null.

/// `"auto"` or a number.
enum BaselineAutoOr<Value: Codable & Hashable>: Codable, Hashable {
  case auto
  case value(Value)

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let text = try? container.decode(String.self), text == "auto" {
      self = .auto
    } else {
      self = .value(try container.decode(Value.self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .auto: try container.encode("auto")
    case .value(let value): try container.encode(value)
    }
  }
}

struct BaselineJobsPage: Codable, Hashable {
  var object: String
  var data: [BaselineJob]
  var hasMore: Bool

  enum CodingKeys: String, CodingKey {
    case object, data
    case hasMore = "has_more"
  }
}

struct BaselineJob: Codable, Hashable {
  var id: String
  var createdAt: Int
  var error: BaselineJobError?
  var fineTunedModel: String?
  var finishedAt: Int?
  var hyperparameters: BaselineHyperparameters?
  var model: String
  var object: String
  var organizationId: String
  var resultFiles: [String]
  var seed: Int?
  var status: String
  var trainedTokens: Int?
  var trainingFile: String
  var validationFile: String?
  var estimatedFinish: Int?
  var integrations: [BaselineIntegration]?
  var metadata: [String: String]?
  var method: BaselineMethod?

  enum CodingKeys: String, CodingKey {
    case id, error, hyperparameters, model, object, seed, status, integrations, metadata, method
    case createdAt = "created_at"
    case fineTunedModel = "fine_tuned_model"
    case finishedAt = "finished_at"
    case organizationId = "organization_id"
    case resultFiles = "result_files"
    case trainedTokens = "trained_tokens"
    case trainingFile = "training_file"
    case validationFile = "validation_file"
    case estimatedFinish = "estimated_finish"
  }
}

struct BaselineJobError: Codable, Hashable {
  var code: String?
  var message: String?
  var param: String?
}

struct BaselineHyperparameters: Codable, Hashable {
  var batchSize: BaselineAutoOr<Int>?
  var learningRateMultiplier: BaselineAutoOr<Double>?
  var nEpochs: BaselineAutoOr<Int>?
  var beta: BaselineAutoOr<Double>?

  enum CodingKeys: String, CodingKey {
    case beta
    case batchSize = "batch_size"
    case learningRateMultiplier = "learning_rate_multiplier"
    case nEpochs = "n_epochs"
  }
}

struct BaselineReinforcementHyperparameters: Codable, Hashable {
  var batchSize: BaselineAutoOr<Int>?
  var computeMultiplier: BaselineAutoOr<Double>?
  var evalInterval: BaselineAutoOr<Int>?
  var evalSamples: BaselineAutoOr<Int>?
  var learningRateMultiplier: BaselineAutoOr<Double>?
  var nEpochs: BaselineAutoOr<Int>?
  var reasoningEffort: String?

  enum CodingKeys: String, CodingKey {
    case batchSize = "batch_size"
    case computeMultiplier = "compute_multiplier"
    case evalInterval = "eval_interval"
    case evalSamples = "eval_samples"
    case learningRateMultiplier = "learning_rate_multiplier"
    case nEpochs = "n_epochs"
    case reasoningEffort = "reasoning_effort"
  }
}

struct BaselineIntegration: Codable, Hashable {
  var type: String
  var wandb: BaselineWandb
}

struct BaselineWandb: Codable, Hashable {
  var project: String
  var entity: String?
  var name: String?
  var tags: [String]?
}

struct BaselineMethod: Codable, Hashable {
  var type: String
  var supervised: BaselineSupervised?
  var dpo: BaselineSupervised?
  var reinforcement: BaselineReinforcement?
}

struct BaselineSupervised: Codable, Hashable {
  var hyperparameters: BaselineHyperparameters?
}

struct BaselineReinforcement: Codable, Hashable {
  var grader: BaselineGrader
  var hyperparameters: BaselineReinforcementHyperparameters?
}

/// The grader, told apart by `type`: the one kind the pages hold, as a person writing only
/// what they need would.
enum BaselineGrader: Codable, Hashable {
  case stringCheck(BaselineStringCheck)

  private enum CodingKeys: String, CodingKey { case type }

  init(from decoder: any Decoder) throws {
    let type = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .type)
    guard type == "string_check" else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "unknown grader \(type)"))
    }
    self = .stringCheck(try BaselineStringCheck(from: decoder))
  }

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .stringCheck(let grader): try grader.encode(to: encoder)
    }
  }
}

struct BaselineStringCheck: Codable, Hashable {
  var type: String
  var name: String
  var input: String
  var reference: String
  var operation: String
}

struct BaselineEventsPage: Codable, Hashable {
  var object: String
  var data: [BaselineEvent]
  var hasMore: Bool

  enum CodingKeys: String, CodingKey {
    case object, data
    case hasMore = "has_more"
  }
}

struct BaselineEvent: Codable, Hashable {
  var id: String
  var createdAt: Int
  var level: String
  var message: String
  var object: String
  var data: JSON?
  var type: String?

  enum CodingKeys: String, CodingKey {
    case id, level, message, object, data, type
    case createdAt = "created_at"
  }
}
