// The flowable: namespace for bpmn-js (a moddle extension descriptor), so that the modeler
// reads the Flowable attributes and extension elements the engine uses as typed properties
// and writes them back under http://flowable.org/bpmn. Elements of the namespace that are
// not described here would be dropped on import, so every extension element Flowable's
// BPMN parser knows for the tasks, events and call activities is listed.
// Attributes are strings, as written: nothing is coerced on a round trip.
(function (global) {
	'use strict';

	function attributes(names) {
		return names.map(function (name) {
			return { name: name, isAttr: true, type: 'String' };
		});
	}

	function extension(name, attributeNames, children) {
		return {
			name: name,
			superClass: ['Element'],
			properties: attributes(attributeNames).concat(children || [])
		};
	}

	var fields = { name: 'fields', type: 'Field', isMany: true };

	global.FlowableModdle = {
		name: 'Flowable',
		uri: 'http://flowable.org/bpmn',
		prefix: 'flowable',
		xml: { tagAlias: 'lowerCase' },
		associations: [],
		types: [
			{
				name: 'ProcessAttributes', isAbstract: true, extends: ['bpmn:Process'],
				properties: attributes(['candidateStarterUsers', 'candidateStarterGroups', 'processCandidateStarterUsers',
					'processCandidateStarterGroups'])
			},
			{
				name: 'AsyncCapable', isAbstract: true, extends: ['bpmn:Activity', 'bpmn:Gateway', 'bpmn:Event'],
				properties: attributes(['async', 'asyncLeave', 'asyncLeaveExclusive', 'exclusive',
					'jobCategory'])
			},
			{
				name: 'Skippable', isAbstract: true, extends: ['bpmn:Activity', 'bpmn:SequenceFlow'],
				properties: attributes(['skipExpression'])
			},
			{
				name: 'Startable', isAbstract: true, extends: ['bpmn:StartEvent'],
				properties: attributes(['initiator', 'formKey', 'formFieldValidation', 'sameDeployment'])
			},
			{
				name: 'UserTaskAttributes', isAbstract: true, extends: ['bpmn:UserTask'],
				properties: attributes(['formKey', 'formFieldValidation', 'sameDeployment', 'assignee', 'owner',
					'candidateUsers', 'candidateGroups', 'dueDate', 'businessCalendarName', 'priority', 'category',
					'taskIdVariableName', 'taskCompleterVariableName', 'validateFormFields'])
			},
			{
				name: 'ServiceTaskLike', isAbstract: true,
				extends: ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask', 'bpmn:ScriptTask',
					'bpmn:ReceiveTask', 'bpmn:Task'],
				properties: attributes(['type', 'class', 'expression', 'delegateExpression', 'resultVariableName',
					'resultVariable', 'useLocalScopeForResultVariable', 'triggerable', 'storeResultVariableAsTransient',
					'autoStoreVariables', 'decisionTableReferenceKey', 'ruleVariablesInput',
					'rules', 'exclude'])
			},
			{
				name: 'CallActivityAttributes', isAbstract: true, extends: ['bpmn:CallActivity'],
				properties: attributes(['calledElementType', 'inheritBusinessKey', 'inheritVariables', 'businessKey',
					'sameDeployment', 'fallbackToDefaultTenant', 'processInstanceName', 'idVariableName',
					'useLocalScopeForOutParameters', 'completeAsync'])
			},
			{
				name: 'MultiInstance', isAbstract: true, extends: ['bpmn:MultiInstanceLoopCharacteristics'],
				properties: attributes(['collection', 'elementVariable', 'elementIndexVariable'])
			},
			{
				name: 'TimerAttributes', isAbstract: true, extends: ['bpmn:TimerEventDefinition'],
				properties: attributes(['businessCalendarName', 'endDate'])
			},
			extension('In', ['source', 'sourceExpression', 'target', 'targetExpression', 'variables', 'businessKey']),
			extension('Out', ['source', 'sourceExpression', 'target', 'targetExpression', 'variables']),
			extension('Field', ['name', 'stringValue', 'expression'], [
				{ name: 'string', type: 'String' },
				{ name: 'expressions', type: 'Expression', isMany: true }
			]),
			{
				name: 'Expression', superClass: ['Element'],
				properties: [{ name: 'body', type: 'String', isBody: true }]
			},
			extension('ExecutionListener', ['event', 'class', 'expression', 'delegateExpression',
				'onTransaction', 'customPropertiesResolverClass', 'customPropertiesResolverExpression',
				'customPropertiesResolverDelegateExpression'], [fields]),
			extension('TaskListener', ['event', 'class', 'expression', 'delegateExpression', 'onTransaction'],
				[fields]),
			extension('EventListener', ['events', 'class', 'delegateExpression', 'entityType', 'throwEvent',
				'signalName', 'messageName', 'errorCode']),
			extension('FormProperty', ['id', 'name', 'type', 'expression', 'variable', 'default', 'datePattern',
				'readable', 'writable', 'required'], [{ name: 'values', type: 'Value', isMany: true }]),
			extension('Value', ['id', 'name']),
			{
				name: 'FailedJobRetryTimeCycle', superClass: ['Element'],
				properties: [{ name: 'body', type: 'String', isBody: true }]
			},
			extension('ExceptionMap', ['errorCode', 'includeChildExceptions'],
				[{ name: 'body', type: 'String', isBody: true }]),
			extension('Property', ['name', 'value'])
		]
	};
}(window));
